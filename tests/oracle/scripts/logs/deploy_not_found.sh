kubectl logs deploy/nope
kubectl logs nope -n kube-system
