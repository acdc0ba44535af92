kubectl run web --image=nginx --labels=app=web,tier=fe
kubectl get pods --show-labels
