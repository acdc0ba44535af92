# The kubernetes.io task "Safely Drain a Node" on a two-node minikube
# (PodDisruptionBudgets are not simulated), with drain's refusals first.
minikube node add
sleep 30
kubectl create deployment web --image=nginx --replicas=4
kubectl run bare --image=nginx
sleep 30
kubectl get pods -o wide
kubectl get nodes
kubectl drain minikube-m02
kubectl get nodes
kubectl drain minikube-m02 --ignore-daemonsets
kubectl drain minikube-m02 --ignore-daemonsets --force --dry-run=client
kubectl drain minikube-m02 --ignore-daemonsets --force
kubectl get pods -o wide
kubectl uncordon minikube-m02
kubectl get nodes
kubectl taint nodes minikube-m02 dedicated=batch:NoSchedule
kubectl describe node minikube-m02 | grep Taints
kubectl scale deployment web --replicas=6
sleep 20
kubectl get pods -o wide
kubectl taint nodes minikube-m02 dedicated:NoSchedule-
kubectl drain minikube --ignore-daemonsets
