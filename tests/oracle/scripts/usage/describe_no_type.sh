kubectl describe
