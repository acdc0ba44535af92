# issue 13 claimed a `See 'kubectl expose -h'` line; real kubectl v1.37.1 prints none
kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1 --dry-run=client -o yaml | kubectl apply -f -
kubectl expose deployment/kubernetes-bootcamp --type=NodePort
kubectl get services
