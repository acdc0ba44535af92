kubectl create secret generic db-pass --from-literal=password=s3cr3t --from-literal=user=admin --dry-run=client -o yaml | kubectl apply -f -
kubectl get secrets
kubectl get secret db-pass -o yaml
kubectl describe secret db-pass
kubectl create secret generic db-pass --from-literal=password=x --dry-run=client -o yaml | kubectl create -f -
kubectl get secret db-pass -o jsonpath='{.data.password}' | base64 -d
