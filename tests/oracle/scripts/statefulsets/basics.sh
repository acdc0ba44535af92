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
kubectl get pods -l app=nginx
sleep 30
kubectl get service nginx
kubectl get statefulset web
kubectl get sts -o wide
kubectl get pods -l app=nginx
kubectl get pods -l app=nginx -L controller-revision-hash,statefulset.kubernetes.io/pod-name
kubectl get pvc -l app=nginx
kubectl describe sts web
kubectl describe pvc www-web-0
kubectl get pod web-0 -o jsonpath='{.spec.hostname} {.spec.subdomain} {.spec.volumes[0]}{"\n"}'
kubectl get sts web -o yaml
kubectl get controllerrevisions
