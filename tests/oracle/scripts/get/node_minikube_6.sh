kubectl get node minikube -o jsonpath='{.metadata.labels}{"\n"}'
