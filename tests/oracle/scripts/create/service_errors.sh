kubectl create service clusterip
kubectl create service clusterip a b --tcp=80
kubectl create service nodeport web
kubectl create service nodeport web --clusterip=None
kubectl create service externalname ext
kubectl create service externalname ext --external-name=Bad_Name
kubectl create service clusterip web --tcp=abc
kubectl create service clusterip web --tcp=70000
kubectl create service clusterip web --tcp=80:0
kubectl create service clusterip web --tcp=80:Bad
kubectl create service clusterip web --tcp=80:70000
kubectl create service clusterip web --tcp=0 --dry-run=client -o yaml | kubectl apply -f -
kubectl create service clusterip web --tcp=80 --dry-run=client -o yaml | kubectl apply -f -
kubectl create service clusterip web --tcp=80 --dry-run=client -o yaml | kubectl create -f -
kubectl create service bogus web
kubectl create service
kubectl get svc
