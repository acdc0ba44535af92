kubectl create secret generic --help
