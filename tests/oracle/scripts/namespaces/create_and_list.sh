kubectl create namespace dev --dry-run=client -o yaml | kubectl apply -f -
kubectl get ns dev
kubectl get ns dev -o jsonpath={.status.phase}
