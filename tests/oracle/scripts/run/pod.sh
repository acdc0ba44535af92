kubectl run web --image=nginx
kubectl get pods
sleep 30
kubectl get pods -o wide
