kubectl create deployment web --image=nginx --replicas=2 --dry-run=client -o yaml > web.yaml
kubectl apply -f web.yaml
sleep 30
kubectl get deploy,rs,pods
kubectl apply -f web.yaml
