# Secrets and ConfigMaps consumed by a pod: env (valueFrom, envFrom), mounted
# files seen from inside, and the kubelet's errors for what is missing.
kubectl create secret generic db --from-literal=password=s3cr3t --from-literal=user=admin
kubectl create configmap cfg --from-literal=MODE=prod --from-literal=LEVEL=3
cat > pod.yaml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: app
    image: nginx
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
    - name: conf
      mountPath: /etc/conf
  volumes:
  - name: foo
    secret:
      secretName: db
  - name: conf
    configMap:
      name: cfg
      items:
      - key: LEVEL
        path: level.txt
X
kubectl apply -f pod.yaml
sleep 20
kubectl get pods
kubectl exec app -- printenv
kubectl exec app -- cat /etc/foo/password
echo
kubectl exec app -- ls /etc/foo
kubectl exec app -- cat /etc/conf/level.txt
kubectl get pod app -o jsonpath='{.spec.containers[0].envFrom}'
echo
kubectl exec app -- sh -c "echo \$DB_PASSWORD \$CFG_MODE"
cat > bad.yaml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: bad
spec:
  containers:
  - name: app
    image: nginx
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
kubectl describe pod bad | tail -12
kubectl create secret generic nope --from-literal=password=x
sleep 20
kubectl get pod bad
cat > badvol.yaml <<'X'
apiVersion: v1
kind: Pod
metadata:
  name: badvol
spec:
  containers:
  - name: app
    image: nginx
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
kubectl describe pod badvol | tail -5
kubectl create secret generic dry --from-literal=x=1 --dry-run=server
kubectl get secret dry
