kubectl scale deploy/nope --replicas=2
