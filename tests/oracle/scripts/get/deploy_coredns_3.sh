kubectl get deploy coredns -n kube-system -o wide
