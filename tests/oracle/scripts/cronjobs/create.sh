kubectl create cronjob hello --image=busybox --schedule='*/1 * * * *' --dry-run=client -o yaml -- echo hi | kubectl apply -f -
kubectl get cronjobs
kubectl get cj hello -o wide
sleep 70
kubectl get cronjob hello
kubectl get jobs
kubectl describe cronjob hello
