kubectl create deployment web --image=nginx --dry-run=client -o yaml > web.yaml
kubectl apply -f web.yaml
sed -i "s/image: nginx/image: nginx:1.25/" web.yaml
kubectl apply -f web.yaml
sleep 60
kubectl get deploy web -o wide
