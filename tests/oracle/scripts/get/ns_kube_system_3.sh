kubectl get ns kube-system -o wide
