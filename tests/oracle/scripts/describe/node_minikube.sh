kubectl describe node minikube
