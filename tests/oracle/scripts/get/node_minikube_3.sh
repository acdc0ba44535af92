kubectl get node minikube -o wide
