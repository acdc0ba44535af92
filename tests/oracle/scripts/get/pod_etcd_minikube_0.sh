kubectl get pod etcd-minikube -n kube-system -o yaml
