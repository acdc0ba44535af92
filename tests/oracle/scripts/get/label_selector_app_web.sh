kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl run solo --image=nginx
sleep 30
kubectl get pods -l 'app=web' -o name
