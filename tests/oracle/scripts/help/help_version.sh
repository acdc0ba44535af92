kubectl version --help
