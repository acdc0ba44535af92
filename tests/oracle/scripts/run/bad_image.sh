kubectl run web --image=nginx:nope
sleep 60
kubectl get pods
