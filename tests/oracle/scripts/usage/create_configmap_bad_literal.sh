kubectl create configmap c --from-literal=nokey
