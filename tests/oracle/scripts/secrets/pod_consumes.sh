kubectl create secret generic db --from-literal=password=s3cr3t --dry-run=client -o yaml | kubectl apply -f -
kubectl create configmap cfg --from-literal=MODE=prod --dry-run=client -o yaml | kubectl apply -f -
cat > pod.yaml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: nginx:1.25
    env:
    - name: DB_PASSWORD
      valueFrom:
        secretKeyRef:
          name: db
          key: password
    - name: MODE
      valueFrom:
        configMapKeyRef:
          name: cfg
          key: MODE
          optional: true
    envFrom:
    - prefix: CFG_
      configMapRef:
        name: cfg
    - secretRef:
        name: db
    volumeMounts:
    - name: foo
      mountPath: /etc/foo
      readOnly: true
  volumes:
  - name: foo
    secret:
      secretName: db
X
kubectl apply -f pod.yaml
sleep 20
kubectl get pods
kubectl describe pod app
