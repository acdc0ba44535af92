kubectl run app --image=nginx
sleep 45
kubectl get pods
kubectl get pod app -o jsonpath={.status.phase}
