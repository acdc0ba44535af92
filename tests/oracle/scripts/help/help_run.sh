kubectl run --help
