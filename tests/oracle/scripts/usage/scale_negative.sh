kubectl scale deploy/web --replicas=-1
