# issue 13: kubectl prints this Validate error with its `error: ` prefix
kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl scale deploy/web --replicas=-1
kubectl scale deploy/web
kubectl scale deploy/web --replicas=3
kubectl get deploy web
