kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
sleep 30
kubectl set image deploy/web nginx=nginx:1.25
sleep 60
kubectl get rs -o wide
