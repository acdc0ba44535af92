kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
sleep 20
kubectl get deploy web -o wide
