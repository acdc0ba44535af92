kubectl create cronjob cj --image=busybox --schedule="*/5 * * * *" --dry-run=client -o yaml -- date
