kubectl describe --help
