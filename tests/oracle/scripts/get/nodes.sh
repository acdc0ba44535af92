kubectl get nodes
kubectl get nodes -o wide
kubectl get node minikube -o name
