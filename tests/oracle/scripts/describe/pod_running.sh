kubectl run web --image=nginx
sleep 30
kubectl describe pod web
