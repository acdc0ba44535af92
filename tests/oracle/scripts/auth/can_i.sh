kubectl auth can-i get pods
kubectl auth can-i create deployments -n kube-system
kubectl auth can-i delete nodes
kubectl auth can-i list storageclasses
kubectl auth can-i get pods/web
kubectl auth can-i frob pods
kubectl auth can-i get widgets
kubectl auth can-i '*' '*'
