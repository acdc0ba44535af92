kubectl describe svc kubernetes
