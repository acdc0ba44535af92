cat > s.yaml <<'X'
apiVersion: v1
kind: Secret
metadata:
  name: mysecret
type: Opaque
data:
  username: YWRtaW4=
stringData:
  password: s3cr3t
X
kubectl apply -f s.yaml
kubectl get secrets
kubectl get secret mysecret -o yaml
kubectl get secret mysecret -o json
kubectl describe secret mysecret
kubectl get secret mysecret -o jsonpath='{.data.password}' | base64 -d
kubectl get secrets -A
