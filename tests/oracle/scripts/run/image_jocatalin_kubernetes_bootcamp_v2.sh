kubectl run app --image=jocatalin/kubernetes-bootcamp:v2
sleep 45
kubectl get pods
kubectl get pod app -o jsonpath={.status.phase}
