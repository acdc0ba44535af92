kubectl get pod etcd-minikube -n kube-system -o custom-columns=NAME:.metadata.name,KIND:.kind
