kubectl describe rs -n kube-system
