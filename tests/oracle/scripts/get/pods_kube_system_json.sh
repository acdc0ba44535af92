kubectl get pods -n kube-system -o json
