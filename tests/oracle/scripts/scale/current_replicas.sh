kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl scale deploy web --current-replicas=2 --replicas=3
kubectl scale deploy web --current-replicas=1 --replicas=3
