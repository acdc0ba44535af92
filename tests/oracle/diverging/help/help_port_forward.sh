kubectl port-forward --help
