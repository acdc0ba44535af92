kubectl create namespace team --dry-run=client -o yaml | kubectl apply -f -
kubectl create secret generic s -n team --from-literal=a=b --dry-run=client -o yaml | kubectl apply -n team -f -
kubectl get secrets -n team
kubectl delete namespace team
sleep 10
kubectl get secrets -n team
kubectl get secrets -A
