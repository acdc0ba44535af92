kubectl get deployments
kubectl get deployments -A
kubectl get deployments -n kube-system
