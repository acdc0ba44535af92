kubectl delete ns kube-system
