kubectl describe sa default
