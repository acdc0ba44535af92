kubectl scale deploy/web --replicas=two
