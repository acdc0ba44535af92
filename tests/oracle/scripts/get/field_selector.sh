kubectl get pods -A --field-selector=status.phase=Running
kubectl get pods -n kube-system --field-selector=metadata.name=etcd-minikube
kubectl get pods --field-selector=spec.frob=x
