kubectl get all
kubectl get all -A
kubectl get all -n kube-system
