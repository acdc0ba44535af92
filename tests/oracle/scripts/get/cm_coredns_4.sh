kubectl get cm coredns -n kube-system -o jsonpath='{.metadata.name}{"\n"}'
