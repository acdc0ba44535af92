kubectl explain deploy.spec.replicas
kubectl explain svc.spec
kubectl explain configmap
kubectl explain rs.metadata
