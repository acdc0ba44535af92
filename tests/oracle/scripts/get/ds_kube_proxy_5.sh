kubectl get ds kube-proxy -n kube-system -o custom-columns=NAME:.metadata.name,KIND:.kind
