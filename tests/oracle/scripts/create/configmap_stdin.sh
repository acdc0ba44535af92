kubectl create configmap cfg --from-literal=a=1 --dry-run=client -o json | kubectl create -f -
kubectl get cm
kubectl describe cm cfg
