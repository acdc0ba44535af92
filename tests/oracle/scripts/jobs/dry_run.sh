kubectl create job hello --image=busybox --dry-run=client -o yaml -- echo hi
kubectl create job hello --image=busybox --dry-run=client
kubectl create job hello --image=busybox --dry-run=client -o name
kubectl get jobs
