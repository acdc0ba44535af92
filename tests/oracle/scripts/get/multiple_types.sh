kubectl get deploy,svc -n kube-system
kubectl get svc,deploy -A
