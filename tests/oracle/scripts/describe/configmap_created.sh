kubectl create configmap cfg --from-literal=a=1 --from-literal=b=2 --dry-run=client -o yaml | kubectl apply -f -
kubectl describe configmap cfg
