cat > bad.yaml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: bad
spec:
  containers:
  - name: app
    image: nginx:1.25
    env:
    - name: P
      valueFrom:
        secretKeyRef:
          name: nope
          key: password
X
kubectl apply -f bad.yaml
sleep 30
kubectl get pod bad
kubectl get pod bad -o jsonpath='{.status.containerStatuses[0].state}'
kubectl describe pod bad
kubectl create secret generic nope --from-literal=other=x --dry-run=client -o yaml | kubectl apply -f -
sleep 20
kubectl get pod bad -o jsonpath='{.status.containerStatuses[0].state}'
kubectl create secret generic nope --from-literal=password=x --dry-run=client -o yaml | kubectl apply -f -
sleep 20
kubectl get pod bad
