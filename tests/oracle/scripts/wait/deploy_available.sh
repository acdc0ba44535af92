kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl wait --for=condition=Available deployment/web
kubectl get deploy web
