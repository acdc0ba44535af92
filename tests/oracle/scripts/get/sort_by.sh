kubectl get pods -n kube-system --sort-by=.metadata.name
