kubectl get daemonsets
kubectl get daemonsets -A
kubectl get daemonsets -n kube-system
