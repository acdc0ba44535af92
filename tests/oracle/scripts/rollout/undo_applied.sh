kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
sleep 30
kubectl set image deployment/web nginx=nginx:1.25
sleep 30
kubectl rollout undo deployment/web
sleep 30
kubectl get deploy web -o wide
