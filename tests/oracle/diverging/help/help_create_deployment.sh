kubectl create deployment --help
