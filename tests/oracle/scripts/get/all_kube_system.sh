kubectl get all -n kube-system
