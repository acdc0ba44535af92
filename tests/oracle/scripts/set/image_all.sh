kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl set image deployment/web *=nginx:1.26
kubectl get deploy web -o wide
