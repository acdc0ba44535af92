kubectl get configmaps
kubectl get configmaps -A
kubectl get configmaps -n kube-system
