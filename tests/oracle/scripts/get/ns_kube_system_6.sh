kubectl get ns kube-system -o jsonpath='{.metadata.labels}{"\n"}'
