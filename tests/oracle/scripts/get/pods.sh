kubectl get pods
kubectl get pods -A
kubectl get pods -n kube-system
