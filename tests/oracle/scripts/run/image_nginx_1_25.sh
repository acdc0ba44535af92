kubectl run app --image=nginx:1.25
sleep 45
kubectl get pods
kubectl get pod app -o jsonpath={.status.phase}
