kubectl get svc kube-dns -n kube-system -o name
