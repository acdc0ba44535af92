kubectl run app --image=busybox
sleep 45
kubectl get pods
kubectl get pod app -o jsonpath={.status.phase}
