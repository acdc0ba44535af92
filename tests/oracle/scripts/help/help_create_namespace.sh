kubectl create namespace --help
