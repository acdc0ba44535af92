kubectl get secrets
kubectl get secrets -A
kubectl get secrets -n kube-system
