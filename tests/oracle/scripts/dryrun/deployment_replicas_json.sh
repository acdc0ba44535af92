kubectl create deployment web --image=nginx --replicas=3 --dry-run=client -o json
