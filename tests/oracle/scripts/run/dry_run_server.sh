kubectl run web --image=nginx --dry-run=server
kubectl get pods
