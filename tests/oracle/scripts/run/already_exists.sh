kubectl run web --image=nginx
kubectl run web --image=nginx
