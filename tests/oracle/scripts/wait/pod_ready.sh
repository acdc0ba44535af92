kubectl run web --image=nginx
kubectl wait --for=condition=Ready pod/web
kubectl get pod web
