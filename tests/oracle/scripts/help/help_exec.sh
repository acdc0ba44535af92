kubectl exec --help
