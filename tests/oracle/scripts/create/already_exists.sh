kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl create -f -
kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl create -f -
