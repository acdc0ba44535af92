kubectl run web --image=nginx --port=80
kubectl expose pod web
kubectl get svc web
