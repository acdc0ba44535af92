kubectl create configmap cfg --dry-run=client -o json
