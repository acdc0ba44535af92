kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl expose deploy web --port=8080 --target-port=80 --name=web-svc
kubectl get svc web-svc -o wide
