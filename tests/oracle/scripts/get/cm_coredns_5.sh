kubectl get cm coredns -n kube-system -o custom-columns=NAME:.metadata.name,KIND:.kind
