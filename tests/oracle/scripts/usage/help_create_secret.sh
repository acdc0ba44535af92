kubectl create secret --help
