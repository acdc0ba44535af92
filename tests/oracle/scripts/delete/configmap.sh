kubectl create configmap cfg --dry-run=client -o yaml | kubectl apply -f -
kubectl delete cm cfg
kubectl get cm
