kubectl run web --image=nginx
kubectl patch pod web -p '{"metadata":{"labels":{"env":"dev"}}}'
kubectl get pod web --show-labels
