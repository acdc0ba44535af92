kubectl create configmap --help
