kubectl get svc kube-dns -n kube-system -o custom-columns=NAME:.metadata.name,KIND:.kind
