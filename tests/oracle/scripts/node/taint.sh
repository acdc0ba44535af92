kubectl taint nodes minikube key=value:NoSchedule
kubectl describe node minikube | grep Taints
kubectl taint nodes minikube key=value:NoSchedule-
