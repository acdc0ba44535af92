kubectl get ns kube-system -o name
