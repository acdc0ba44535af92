kubectl get namespaces
kubectl get namespaces -A
kubectl get namespaces -n kube-system
