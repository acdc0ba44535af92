kubectl get events --field-selector involvedObject.kind=Node,involvedObject.namespace=
kubectl get events -A --field-selector involvedObject.namespace=,reason=RegisteredNode
