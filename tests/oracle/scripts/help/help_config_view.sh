kubectl config view --help
