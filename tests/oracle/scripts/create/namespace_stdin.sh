kubectl create namespace dev --dry-run=client -o yaml | kubectl create -f -
kubectl get ns dev
