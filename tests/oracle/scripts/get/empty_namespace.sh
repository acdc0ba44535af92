kubectl get pods
kubectl get deploy
kubectl get pods -n nope
