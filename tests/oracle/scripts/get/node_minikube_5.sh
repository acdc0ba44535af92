kubectl get node minikube -o custom-columns=NAME:.metadata.name,KIND:.kind
