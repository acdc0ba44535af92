kubectl create secret docker-registry reg --docker-username=u --docker-password=p --docker-email=e@x.io --dry-run=client -o yaml | kubectl apply -f -
kubectl get secret reg -o yaml
kubectl get secret reg -o jsonpath='{.data.\.dockerconfigjson}' | base64 -d
kubectl describe secret reg
kubectl get secrets
