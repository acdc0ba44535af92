# issue 13: a real old tag of an official image pulls
kubectl run web --image=nginx:1.9.14
sleep 30
kubectl get pods
kubectl get pod web -o jsonpath='{.spec.containers[0].image}{"\n"}'
