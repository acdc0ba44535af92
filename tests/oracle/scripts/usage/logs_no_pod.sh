kubectl logs
