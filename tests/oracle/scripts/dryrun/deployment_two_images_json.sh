kubectl create deployment web --image=nginx --image=busybox --dry-run=client -o json
