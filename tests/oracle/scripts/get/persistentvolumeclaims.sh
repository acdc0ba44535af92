kubectl get persistentvolumeclaims
kubectl get persistentvolumeclaims -A
kubectl get persistentvolumeclaims -n kube-system
