kubectl create cronjob hello --image=busybox --schedule='*/1 * * * *' --dry-run=client -o yaml -- date
kubectl create cj hello --image=busybox --schedule='0 * * * *' --dry-run=client
