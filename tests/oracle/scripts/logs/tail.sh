kubectl run web --image=nginx
sleep 30
kubectl logs web --tail=2
