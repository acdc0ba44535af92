kubectl get jobs
kubectl get jobs -A
kubectl get jobs -n kube-system
