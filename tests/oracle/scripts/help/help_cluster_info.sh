kubectl cluster-info --help
