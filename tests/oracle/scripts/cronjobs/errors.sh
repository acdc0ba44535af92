kubectl create cronjob x
kubectl create cronjob x --image=busybox --dry-run=client -o yaml
kubectl create cronjob --image=busybox --schedule='* * * * *' --dry-run=client -o yaml
kubectl create cronjob x --image=busybox --schedule='bad' --dry-run=client -o yaml | kubectl apply -f -
kubectl create cronjob x --image=busybox --schedule='61 * * * *' --dry-run=client -o yaml | kubectl apply -f -
kubectl create cronjob x --image=busybox --schedule='* * * * *' --restart=Always --dry-run=client -o yaml | kubectl apply -f -
kubectl get cronjob nope
kubectl get cronjobs
