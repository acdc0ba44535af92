kubectl get ns kube-system -o custom-columns=NAME:.metadata.name,KIND:.kind
