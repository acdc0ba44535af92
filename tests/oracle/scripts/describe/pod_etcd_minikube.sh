kubectl describe pod etcd-minikube -n kube-system
