kubectl create configmap cfg --from-literal=a=1 --dry-run=client -o yaml | kubectl apply -f -
kubectl get cm cfg -o yaml
