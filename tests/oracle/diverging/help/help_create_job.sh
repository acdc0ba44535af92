kubectl create job --help
