kubectl run web --image=nginx
kubectl logs web
