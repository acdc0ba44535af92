kubectl create namespace dev --dry-run=client -o yaml | kubectl apply -f -
kubectl delete ns dev
kubectl get ns
