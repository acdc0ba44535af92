kubectl get statefulsets
kubectl get statefulsets -A
kubectl get statefulsets -n kube-system
