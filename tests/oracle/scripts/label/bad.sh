kubectl run web --image=nginx
kubectl label pod web "bad key=x"
kubectl label pod web
