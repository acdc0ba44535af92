kubectl run a --image=nginx
kubectl run b --image=nginx
kubectl delete pod a b
kubectl get pods
