kubectl get ds kube-proxy -n kube-system -o json
