kubectl scale svc/kubernetes --replicas=2
