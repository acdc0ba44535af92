kubectl create deployment app --image=jocatalin/kubernetes-bootcamp:v2 --dry-run=client -o yaml | kubectl apply -f -
sleep 45
kubectl get deploy,rs
kubectl get pods -o wide
