kubectl config --help
