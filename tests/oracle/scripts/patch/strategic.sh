kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl patch deployment web -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.25"}]}}}}'
sleep 60
kubectl get deploy web -o wide
