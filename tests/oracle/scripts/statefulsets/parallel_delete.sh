cat <<'YAML' > par.yaml
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  podManagementPolicy: Parallel
  replicas: 3
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
      - name: nginx
        image: nginx
        volumeMounts:
        - name: data
          mountPath: /data
  volumeClaimTemplates:
  - metadata:
      name: data
    spec:
      accessModes: [ "ReadWriteOnce" ]
      resources:
        requests:
          storage: 100Mi
YAML
kubectl apply -f par.yaml
kubectl get pods -l app=db
sleep 20
kubectl get pods -l app=db
kubectl get pvc
kubectl get pv
kubectl describe sts db
kubectl delete pod db-1
sleep 40
kubectl get pods -l app=db
kubectl delete sts db
sleep 40
kubectl get pods
kubectl get pvc
kubectl delete pvc data-db-0 data-db-1 data-db-2
kubectl get pv
