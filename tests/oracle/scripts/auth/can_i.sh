kubectl auth can-i get pods
kubectl auth can-i create deployments -n kube-system
kubectl auth can-i get pods/web
kubectl auth can-i '*' '*'
