kubectl run app --image=gcr.io/google-samples/kubernetes-bootcamp:v1
sleep 45
kubectl get pods
kubectl get pod app -o jsonpath={.status.phase}
