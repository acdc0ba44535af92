kubectl exec
