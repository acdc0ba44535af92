kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
sleep 30
kubectl set image deployment/web nginx=nginx:nope
sleep 60
kubectl get pods
kubectl rollout status deployment/web --timeout=5s
