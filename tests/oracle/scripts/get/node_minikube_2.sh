kubectl get node minikube -o name
