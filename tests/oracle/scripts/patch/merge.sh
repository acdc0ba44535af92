kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl patch deployment web --type=merge -p '{"spec":{"replicas":2}}'
sleep 30
kubectl get deploy web
