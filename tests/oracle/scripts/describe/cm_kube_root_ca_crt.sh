kubectl describe cm kube-root-ca.crt
