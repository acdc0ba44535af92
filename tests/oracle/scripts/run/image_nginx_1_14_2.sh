kubectl run app --image=nginx:1.14.2
sleep 45
kubectl get pods
kubectl get pod app -o jsonpath={.status.phase}
