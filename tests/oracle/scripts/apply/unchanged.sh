kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl get deploy web -o name
