kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
sleep 30
kubectl scale deploy web --replicas=3
kubectl rollout status deploy/web
