kubectl run web --image=nginx
sleep 20
kubectl exec web
