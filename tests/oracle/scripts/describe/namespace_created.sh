kubectl create namespace dev --dry-run=client -o yaml | kubectl apply -f -
kubectl describe ns dev
