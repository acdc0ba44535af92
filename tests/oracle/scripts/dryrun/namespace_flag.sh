kubectl create deployment web --image=nginx -n dev --dry-run=client -o json
kubectl create configmap cfg -n dev --from-literal=a=1 --dry-run=client -o yaml
kubectl create namespace other -n dev --dry-run=client -o json
