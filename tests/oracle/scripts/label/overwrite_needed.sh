kubectl run web --image=nginx
kubectl label pod web run=other
