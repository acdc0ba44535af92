kubectl get pods --replicas=3
