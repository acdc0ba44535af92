kubectl logs -n kube-system etcd-minikube --tail=1
