kubectl get cm coredns -n kube-system -o json
