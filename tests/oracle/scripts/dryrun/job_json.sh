kubectl create job j --image=busybox --dry-run=client -o json -- echo hi
