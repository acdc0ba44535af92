cat > s.yaml <<'X'
apiVersion: v1
kind: Secret
metadata:
  name: bad
data:
  password: not base64
X
kubectl apply -f s.yaml
kubectl create -f s.yaml
kubectl get secrets
