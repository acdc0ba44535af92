kubectl version --client -o json
