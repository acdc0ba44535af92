kubectl api-resources --api-group=apps
kubectl api-resources --api-group=batch -o name
kubectl api-resources --api-group=nope
