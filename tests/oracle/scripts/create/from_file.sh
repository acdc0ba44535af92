kubectl create configmap cfg --from-literal=k=v --dry-run=client -o yaml > cm.yaml
kubectl create -f cm.yaml
kubectl create -f cm.yaml
kubectl get cm cfg -o jsonpath={.data.k}
