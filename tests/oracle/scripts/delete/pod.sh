kubectl run web --image=nginx
sleep 20
kubectl delete pod web
kubectl get pods
