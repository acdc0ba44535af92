kubectl create secret generic s --from-literal=password=hunter2 --dry-run=client -o json
