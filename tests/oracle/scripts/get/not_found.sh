kubectl get pod nope
kubectl get deploy nope
kubectl get nodes nope
kubectl get svc nope -n kube-system
