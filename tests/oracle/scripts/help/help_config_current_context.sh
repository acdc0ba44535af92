kubectl config current-context --help
