kubectl logs --help
