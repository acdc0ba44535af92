kubectl get ingresses
kubectl get ingresses -A
kubectl get ingresses -n kube-system
