kubectl get pods -n kube-system --no-headers
