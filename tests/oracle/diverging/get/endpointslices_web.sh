kubectl create deployment web --image=nginx --replicas=4 --dry-run=client -o yaml | kubectl apply -f -
kubectl expose deploy web --port=80
kubectl get endpointslices -l kubernetes.io/service-name=web
sleep 30
kubectl get endpointslices -l kubernetes.io/service-name=web
