kubectl create service clusterip web --tcp=80 --dry-run=client -o yaml | kubectl apply -f -
kubectl delete svc web
kubectl get svc
