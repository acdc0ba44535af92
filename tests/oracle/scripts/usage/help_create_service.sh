kubectl create service --help
