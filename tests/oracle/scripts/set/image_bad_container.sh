kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl set image deployment/web nope=nginx:1.25
