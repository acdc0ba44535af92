kubectl create job j --image=busybox --dry-run=client -o yaml -- echo hi
