kubectl create configmap cfg --dry-run=client -o yaml
