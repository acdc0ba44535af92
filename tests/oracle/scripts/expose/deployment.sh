kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl expose deployment web --port=80 --target-port=8080
kubectl get svc
kubectl get svc web -o yaml
