kubectl get svc kube-dns -n kube-system -o jsonpath='{.metadata.labels}{"\n"}'
