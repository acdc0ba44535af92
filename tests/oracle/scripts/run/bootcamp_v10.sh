kubectl run web --image=gcr.io/google-samples/kubernetes-bootcamp:v10
sleep 60
kubectl get pods
