kubectl run once --image=busybox --restart=Never -- sleep 5
sleep 30
kubectl get pods
