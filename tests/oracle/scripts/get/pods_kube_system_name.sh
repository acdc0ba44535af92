kubectl get pods -n kube-system -o name
