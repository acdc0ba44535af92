kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl expose deploy web --port=80
sleep 30
kubectl describe svc web
