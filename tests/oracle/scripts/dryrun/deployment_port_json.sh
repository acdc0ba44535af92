kubectl create deployment web --image=nginx --port=80 --dry-run=client -o json
