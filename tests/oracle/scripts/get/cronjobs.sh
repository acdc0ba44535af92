kubectl get cronjobs
kubectl get cronjobs -A
kubectl get cronjobs -n kube-system
