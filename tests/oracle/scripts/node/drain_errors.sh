kubectl drain
kubectl drain nope
kubectl drain minikube --timeout=abc
kubectl drain minikube --pod-selector='a in'
kubectl drain minikube --ignore-daemonsets --pod-selector=k8s-app=kube-dns --dry-run=client
kubectl run bare --image=nginx
sleep 20
kubectl drain minikube --pod-selector=run=bare
kubectl drain minikube --pod-selector=run=bare --force --grace-period=0
kubectl get pods
