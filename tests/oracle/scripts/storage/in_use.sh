cat <<'YAML' > claim.yaml
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
spec:
  accessModes: ["ReadWriteOnce"]
  resources:
    requests:
      storage: 1Gi
---
apiVersion: v1
kind: Pod
metadata:
  name: app
spec:
  containers:
  - name: nginx
    image: nginx
    volumeMounts:
    - name: data
      mountPath: /data
  volumes:
  - name: data
    persistentVolumeClaim:
      claimName: data
YAML
kubectl apply -f claim.yaml
sleep 10
kubectl delete pvc data --wait=false
kubectl get pvc
kubectl describe pvc data
kubectl get pv
kubectl delete pod app
sleep 5
kubectl get pvc
kubectl get pv
