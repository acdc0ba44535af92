kubectl create secret generic s --from-literal=a=1 --dry-run=client -o yaml
kubectl create secret generic s --dry-run=client -o yaml
kubectl create secret generic s --from-literal=a=1 --dry-run=client
kubectl create secret generic s --from-literal=a=1 --dry-run=client -o name
kubectl create secret docker-registry reg --docker-server=r.io --docker-username=u --docker-password=p --dry-run=client -o yaml
kubectl get secrets
