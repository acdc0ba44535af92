kubectl get ds kube-proxy -n kube-system -o jsonpath='{.metadata.labels}{"\n"}'
