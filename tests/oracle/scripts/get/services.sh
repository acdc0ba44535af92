kubectl get services
kubectl get services -A
kubectl get services -n kube-system
