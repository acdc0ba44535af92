kubectl create deployment web --image=nginx --dry-run=client -o yaml > web.yaml
kubectl apply --server-side -f web.yaml
sed -i 's/replicas: 1/replicas: 3/' web.yaml
kubectl apply --server-side -f web.yaml
kubectl get deploy web -o jsonpath='{.spec.replicas}{"\n"}'
