kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl get deploy
sleep 30
kubectl get deploy,rs,pods
