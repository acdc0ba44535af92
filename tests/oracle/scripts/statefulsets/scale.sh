cat <<'YAML' > web.yaml
apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  ports:
  - port: 80
    name: web
  clusterIP: None
  selector:
    app: nginx
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: "nginx"
  replicas: 2
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.21
        ports:
        - containerPort: 80
          name: web
        volumeMounts:
        - name: www
          mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
  - metadata:
      name: www
    spec:
      accessModes: [ "ReadWriteOnce" ]
      resources:
        requests:
          storage: 1Gi
YAML
kubectl apply -f web.yaml
sleep 30
kubectl scale sts web --replicas=5
sleep 30
kubectl get pods -l app=nginx
kubectl get pvc -l app=nginx
kubectl patch sts web -p '{"spec":{"replicas":3}}'
sleep 90
kubectl get pods -l app=nginx
kubectl get pvc -l app=nginx
kubectl get sts web
kubectl describe sts web
kubectl scale sts web --replicas=-1
