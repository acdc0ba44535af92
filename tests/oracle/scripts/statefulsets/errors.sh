cat <<'YAML' > bad.yaml
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: bad
spec:
  selector:
    matchLabels:
      app: a
  template:
    metadata:
      labels:
        app: b
    spec:
      containers:
      - name: c
        image: nginx
YAML
kubectl apply -f bad.yaml
kubectl get sts
kubectl describe sts nope
kubectl rollout status sts/nope
