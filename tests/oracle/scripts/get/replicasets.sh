kubectl get replicasets
kubectl get replicasets -A
kubectl get replicasets -n kube-system
