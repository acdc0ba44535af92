kubectl cordon minikube
kubectl get nodes
kubectl cordon minikube
kubectl uncordon minikube
kubectl get nodes
