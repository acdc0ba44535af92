kubectl get events
kubectl get events -A
kubectl get events -n kube-system
