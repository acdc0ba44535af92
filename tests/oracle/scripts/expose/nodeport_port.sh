kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl expose deploy web --type=NodePort --port=80
kubectl get svc web -o jsonpath={.spec.type}
