kubectl create job j --image=busybox -- echo hi --dry-run=client -o json
