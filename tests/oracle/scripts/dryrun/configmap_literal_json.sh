kubectl create configmap cfg --from-literal=a=1 --from-literal=b=two --dry-run=client -o json
