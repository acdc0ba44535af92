kubectl create deployment web --image=nginx --dry-run=maybe
