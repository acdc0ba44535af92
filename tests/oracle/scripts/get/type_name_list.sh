kubectl get svc kubernetes -o wide
kubectl get svc/kubernetes ns/default
