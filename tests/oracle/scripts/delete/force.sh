kubectl run web --image=nginx
sleep 20
kubectl delete pod web --grace-period=0 --force
kubectl get pods
