cat > tls.yaml <<'X'
apiVersion: v1
kind: Secret
metadata:
  name: t
type: kubernetes.io/tls
stringData:
  tls.crt: abc
X
kubectl apply -f tls.yaml
cat > sa.yaml <<'X'
apiVersion: v1
kind: Secret
metadata:
  name: tok
type: kubernetes.io/service-account-token
X
kubectl apply -f sa.yaml
cat > basic.yaml <<'X'
apiVersion: v1
kind: Secret
metadata:
  name: b
type: kubernetes.io/basic-auth
stringData:
  username: me
X
kubectl apply -f basic.yaml
kubectl get secrets
kubectl describe secret b
