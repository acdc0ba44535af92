kubectl get ns kube-system -o yaml
