kubectl label node minikube disk=ssd
kubectl get nodes -L disk
