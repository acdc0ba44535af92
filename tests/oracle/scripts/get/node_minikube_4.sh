kubectl get node minikube -o jsonpath='{.metadata.name}{"\n"}'
