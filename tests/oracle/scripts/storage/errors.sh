cat <<'YAML' > bad.yaml
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: bad
spec:
  resources: {}
YAML
kubectl apply -f bad.yaml
cat <<'YAML' > nosc.yaml
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: nosc
spec:
  storageClassName: fast
  accessModes: ["ReadWriteOnce"]
  resources:
    requests:
      storage: 1Gi
YAML
kubectl apply -f nosc.yaml
sleep 2
kubectl get pvc nosc
kubectl describe pvc nosc
kubectl get pvc nope
kubectl describe pv nope
