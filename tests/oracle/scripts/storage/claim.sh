kubectl get sc
kubectl get storageclass standard -o wide
kubectl describe sc standard
cat <<'YAML' > pvc.yaml
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data
  labels:
    app: db
spec:
  accessModes: ["ReadWriteOnce"]
  resources:
    requests:
      storage: 2Gi
YAML
kubectl apply -f pvc.yaml
sleep 1
kubectl get pvc
kubectl get pvc -o wide
kubectl get pvc -l app=db
kubectl describe pvc data
kubectl get pv
kubectl get pv -o wide
kubectl describe pv
kubectl delete pvc data
kubectl get pvc
kubectl get pv
