kubectl describe svc kube-dns -n kube-system
