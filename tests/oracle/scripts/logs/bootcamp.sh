kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1 --dry-run=client -o yaml | kubectl apply -f -
sleep 30
kubectl logs deployment/kubernetes-bootcamp
