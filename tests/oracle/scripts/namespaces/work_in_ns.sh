kubectl create namespace dev --dry-run=client -o yaml | kubectl apply -f -
kubectl create deployment web --image=nginx -n dev --dry-run=client -o yaml | kubectl apply -f -
sleep 30
kubectl get all -n dev
kubectl get pods -A
