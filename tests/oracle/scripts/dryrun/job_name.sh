kubectl create job j --image=busybox --dry-run=client -o name -- echo hi
