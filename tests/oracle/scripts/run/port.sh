kubectl run web --image=nginx --port=80
sleep 20
kubectl get pod web -o jsonpath={.spec.containers[0].ports}
