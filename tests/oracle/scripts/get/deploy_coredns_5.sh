kubectl get deploy coredns -n kube-system -o custom-columns=NAME:.metadata.name,KIND:.kind
