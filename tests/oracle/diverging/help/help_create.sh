kubectl create --help
