kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
sleep 10
kubectl scale rs --replicas=2 --all
