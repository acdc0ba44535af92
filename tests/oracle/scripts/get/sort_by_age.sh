kubectl run b --image=nginx
sleep 5
kubectl run a --image=nginx
sleep 20
kubectl get pods --sort-by=.metadata.creationTimestamp -o name
