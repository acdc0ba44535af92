# issue 14: a busybox pod's main command fetches a Service's page and completes with it in its logs
kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl expose deployment web --port=80
sleep 30
kubectl run fetch --image=busybox --restart=Never -- wget -qO- web
kubectl run dns --image=busybox --restart=Never -- sh -c 'echo start; wget -qO- http://nope'
sleep 30
kubectl get pods fetch dns
kubectl logs fetch
kubectl logs dns
