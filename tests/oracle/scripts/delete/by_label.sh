kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
sleep 20
kubectl delete pods -l app=web
kubectl get pods
