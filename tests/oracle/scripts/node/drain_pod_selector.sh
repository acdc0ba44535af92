kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
sleep 30
kubectl drain minikube --pod-selector=app=web
kubectl get nodes
kubectl get pods
kubectl get pods -o jsonpath='{.items[0].status.conditions[0].message}'
kubectl uncordon minikube
sleep 10
kubectl get pods
