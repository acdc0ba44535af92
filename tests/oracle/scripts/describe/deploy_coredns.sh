kubectl describe deploy coredns -n kube-system
