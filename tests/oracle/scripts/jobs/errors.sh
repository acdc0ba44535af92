kubectl create job
kubectl create job x
kubectl create job x --image=busybox --from=cronjob/y
kubectl create job x --from=cronjob/y -- date
kubectl create job x --from=cronjob/nope
kubectl create job a b --image=busybox
kubectl get job nope
kubectl describe job nope
kubectl logs job/nope
kubectl create job hello --image=busybox --dry-run=client -o yaml -- echo hi | kubectl apply -f -
kubectl create job hello --image=busybox --dry-run=client -o yaml -- echo hi | kubectl apply -f -
