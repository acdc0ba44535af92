kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl scale deploy web --replicas=2
sleep 30
kubectl describe rs
