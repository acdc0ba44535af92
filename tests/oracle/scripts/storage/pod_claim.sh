cat <<'YAML' > pod.yaml
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: nginx
    image: nginx
    volumeMounts:
    - name: data
      mountPath: /usr/share/nginx/html
    - name: scratch
      mountPath: /scratch
    - name: host
      mountPath: /host
  volumes:
  - name: data
    persistentVolumeClaim:
      claimName: data
  - name: scratch
    emptyDir: {}
  - name: host
    hostPath:
      path: /data
YAML
kubectl apply -f pod.yaml
sleep 5
kubectl get pod web
kubectl describe pod web
cat <<'YAML' > pvc.yaml
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: ["ReadWriteOnce"]
  resources:
    requests:
      storage: 1Gi
YAML
kubectl apply -f pvc.yaml
sleep 30
kubectl get pod web
kubectl describe pvc data
