kubectl get ns kube-system -o json
