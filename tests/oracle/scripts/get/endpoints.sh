kubectl get endpoints
kubectl get endpoints -A
kubectl get endpoints -n kube-system
