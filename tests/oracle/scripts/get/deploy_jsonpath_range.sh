kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
sleep 30
kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{.status.phase}{"\n"}{end}'
