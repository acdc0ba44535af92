kubectl create configmap cfg --dry-run=client -o yaml > cm.yaml
kubectl apply -f cm.yaml
kubectl delete -f cm.yaml
kubectl get cm
