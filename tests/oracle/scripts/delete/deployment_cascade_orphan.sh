kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
sleep 20
kubectl delete deploy web --cascade=orphan
kubectl get rs,pods
