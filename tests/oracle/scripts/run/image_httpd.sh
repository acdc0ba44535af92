kubectl run app --image=httpd
sleep 45
kubectl get pods
kubectl get pod app -o jsonpath={.status.phase}
