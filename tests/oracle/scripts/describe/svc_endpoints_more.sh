kubectl create deployment web --image=nginx --replicas=5 --dry-run=client -o yaml | kubectl apply -f -
kubectl expose deploy web --port=80
sleep 30
kubectl describe svc web | grep Endpoints
kubectl scale deploy web --replicas=2
sleep 60
kubectl describe svc web | grep Endpoints
