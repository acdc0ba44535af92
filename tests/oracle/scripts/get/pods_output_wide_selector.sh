kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl scale deploy web --replicas=3
sleep 30
kubectl get pods -l app=web -o wide
