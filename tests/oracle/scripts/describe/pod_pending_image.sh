kubectl run web --image=nginx:nope
sleep 30
kubectl describe pod web
