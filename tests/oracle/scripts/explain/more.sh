kubectl explain nodes
kubectl explain pod.spec
kubectl explain rs.spec
