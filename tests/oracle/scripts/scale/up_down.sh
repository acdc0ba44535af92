kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl scale deploy/web --replicas=3
sleep 30
kubectl get pods
kubectl scale deployment web --replicas=1
sleep 40
kubectl get deploy,rs
