kubectl get node minikube -o yaml
