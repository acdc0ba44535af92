kubectl create cronjob cj --image=busybox --schedule="*/5 * * * *" -- date --dry-run=client -o json
