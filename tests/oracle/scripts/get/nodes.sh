kubectl get nodes
kubectl get nodes -A
kubectl get nodes -n kube-system
