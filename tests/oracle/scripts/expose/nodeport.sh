kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1 --dry-run=client -o yaml | kubectl apply -f -
kubectl expose deployment/kubernetes-bootcamp --type=NodePort --port 8080
kubectl get services
kubectl describe svc kubernetes-bootcamp
