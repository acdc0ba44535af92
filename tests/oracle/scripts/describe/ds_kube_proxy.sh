kubectl describe ds kube-proxy -n kube-system
