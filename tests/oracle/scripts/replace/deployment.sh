kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl get deploy web -o yaml > d.yaml
sed -i "s/replicas: 1/replicas: 3/" d.yaml
kubectl replace -f d.yaml
sleep 30
kubectl get deploy web
