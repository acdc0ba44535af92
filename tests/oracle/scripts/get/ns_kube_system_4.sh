kubectl get ns kube-system -o jsonpath='{.metadata.name}{"\n"}'
