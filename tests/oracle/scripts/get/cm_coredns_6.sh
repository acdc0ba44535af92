kubectl get cm coredns -n kube-system -o jsonpath='{.metadata.labels}{"\n"}'
