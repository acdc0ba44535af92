kubectl scale --help
