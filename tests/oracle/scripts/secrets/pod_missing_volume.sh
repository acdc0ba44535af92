cat > badvol.yaml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: badvol
spec:
  containers:
  - name: app
    image: nginx:1.25
    volumeMounts:
    - name: s
      mountPath: /s
  volumes:
  - name: s
    secret:
      secretName: missing
X
kubectl apply -f badvol.yaml
sleep 10
kubectl get pod badvol
kubectl describe pod badvol
