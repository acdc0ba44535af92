kubectl run boot --image=gcr.io/google-samples/kubernetes-bootcamp:v1
sleep 30
kubectl logs boot
