kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
sleep 30
kubectl drain minikube --ignore-daemonsets
kubectl get pods
