kubectl get frobs
