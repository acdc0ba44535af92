kubectl cordon minikube
kubectl run web --image=nginx
sleep 10
kubectl get pods
kubectl uncordon minikube
sleep 10
kubectl get pods
