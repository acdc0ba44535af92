kubectl version -o json
