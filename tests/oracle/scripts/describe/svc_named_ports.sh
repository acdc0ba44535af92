kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl create service clusterip web --tcp=80:80 --tcp=8443:443 --dry-run=client -o yaml | kubectl apply -f -
sleep 30
kubectl describe svc web
