kubectl create deployment app --image=gcr.io/google-samples/kubernetes-bootcamp:v1 --dry-run=client -o yaml | kubectl apply -f -
sleep 45
kubectl get deploy,rs
kubectl get pods -o wide
