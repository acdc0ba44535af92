kubectl get ds -A
kubectl get ds kube-proxy -n kube-system -o wide
kubectl describe ds kube-proxy -n kube-system
