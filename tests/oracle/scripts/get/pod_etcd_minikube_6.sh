kubectl get pod etcd-minikube -n kube-system -o jsonpath='{.metadata.labels}{"\n"}'
