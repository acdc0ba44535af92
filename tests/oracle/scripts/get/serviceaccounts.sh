kubectl get serviceaccounts
kubectl get serviceaccounts -A
kubectl get serviceaccounts -n kube-system
