kubectl get node minikube -o json
