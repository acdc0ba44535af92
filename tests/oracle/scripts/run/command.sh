kubectl run bb --image=busybox --restart=Never -- echo hello
sleep 30
kubectl get pods
kubectl logs bb
