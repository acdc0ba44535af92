kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl scale deploy web --replicas=2
sleep 40
kubectl get deploy web
kubectl get rs
kubectl get pods
