kubectl create service clusterip web --tcp=80:8080 --tcp=443:https --dry-run=client -o yaml | kubectl apply -f -
kubectl create service nodeport np --tcp=80:8080 --node-port=30080 --dry-run=client -o yaml | kubectl apply -f -
kubectl create service loadbalancer lb --tcp=5678:8080 --dry-run=client -o yaml | kubectl apply -f -
kubectl create service clusterip headless --clusterip=None --dry-run=client -o yaml | kubectl apply -f -
kubectl create service externalname ext --external-name=example.com --dry-run=client -o yaml | kubectl apply -f -
kubectl get svc
kubectl get svc np -o jsonpath='{.spec.ports}'
kubectl describe svc ext
kubectl create service externalname ext2 --external-name=example.com --tcp=80 --dry-run=client -o yaml
