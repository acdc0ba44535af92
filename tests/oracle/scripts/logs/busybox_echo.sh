kubectl run bb --image=busybox --restart=Never -- echo hello
sleep 30
kubectl logs bb
kubectl get pods
