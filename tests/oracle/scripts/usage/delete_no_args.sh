kubectl delete
