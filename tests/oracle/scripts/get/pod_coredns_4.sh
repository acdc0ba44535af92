kubectl get pods -n kube-system -l k8s-app=kube-dns -o jsonpath='{.metadata.name}{"\n"}'
