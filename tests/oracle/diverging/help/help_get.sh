kubectl get --help
