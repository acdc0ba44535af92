kubectl get deploy coredns -n kube-system -o jsonpath='{.metadata.labels}{"\n"}'
