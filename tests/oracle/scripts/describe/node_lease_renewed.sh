kubectl describe node minikube | grep -A3 Lease:
sleep 95
kubectl describe node minikube | grep -A3 Lease:
