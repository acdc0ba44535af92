kubectl run app --image=nginx:1.9.14
sleep 45
kubectl get pods
kubectl get pod app -o jsonpath={.status.phase}
