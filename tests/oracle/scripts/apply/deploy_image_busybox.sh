kubectl create deployment app --image=busybox --dry-run=client -o yaml | kubectl apply -f -
sleep 45
kubectl get deploy,rs
kubectl get pods -o wide
