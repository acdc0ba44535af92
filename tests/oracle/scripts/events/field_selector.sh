kubectl run web --image=nginx
sleep 30
kubectl get events --field-selector involvedObject.name=web
