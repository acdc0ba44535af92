kubectl run web --image=nginx
kubectl annotate pod web owner=team-a
kubectl get pod web -o jsonpath={.metadata.annotations}
