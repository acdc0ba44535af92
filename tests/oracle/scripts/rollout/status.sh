kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl rollout status deployment/web
