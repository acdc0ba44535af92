kubectl annotate node minikube note=lab
kubectl get node minikube -o jsonpath={.metadata.annotations.note}
