kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl expose deploy web --port=80 --dry-run=client
kubectl expose deploy web --port=80 --dry-run=server
kubectl get svc
kubectl expose deploy web --port=80 -o name
kubectl get svc web -o name
