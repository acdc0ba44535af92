# kubernetes.io "StatefulSet Basics" (tutorials/stateful-application/
# basic-stateful-set): creating, inspecting, scaling, updating and deleting,
# commands as the page gives them, the example web.yaml saved first as the
# page says. `sleep` stands for the learner watching `kubectl get pods -w`.
# Not replayed: the interactive `nslookup` in a busybox pod, and writing
# `index.html` through `sh -c 'echo … > file'` (container shells).
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
sleep 2
kubectl get pods -l app=nginx
sleep 30
kubectl get service nginx
kubectl get statefulset web
kubectl get pods -l app=nginx
for i in 0 1; do kubectl exec "web-$i" -- sh -c 'hostname'; done
kubectl delete pod -l app=nginx
sleep 30
kubectl get pod -l app=nginx
for i in 0 1; do kubectl exec web-$i -- sh -c 'hostname'; done
kubectl get pvc -l app=nginx
kubectl scale sts web --replicas=5
sleep 30
kubectl get pods -l app=nginx
kubectl get pvc -l app=nginx
kubectl patch sts web -p '{"spec":{"replicas":3}}'
sleep 60
kubectl get pods -l app=nginx
kubectl get pvc -l app=nginx
kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate"}}}'
kubectl patch statefulset web --type='json' -p='[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value":"registry.k8s.io/nginx-slim:0.24"}]'
kubectl rollout status sts/web
for p in 0 1 2; do kubectl get pod "web-$p" --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'; echo; done
kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":3}}}}'
kubectl patch statefulset web --type='json' -p='[{"op": "replace", "path": "/spec/template/spec/containers/0/image", "value":"registry.k8s.io/nginx-slim:0.21"}]'
kubectl delete pod web-2
sleep 30
kubectl get pod -l app=nginx
kubectl get pod web-2 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":2}}}}'
sleep 30
kubectl get pod -l app=nginx
kubectl get pod web-2 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
kubectl delete pod web-1
sleep 30
kubectl get pod web-1 --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'
kubectl patch statefulset web -p '{"spec":{"updateStrategy":{"type":"RollingUpdate","rollingUpdate":{"partition":0}}}}'
sleep 60
for p in 0 1 2; do kubectl get pod "web-$p" --template '{{range $i, $c := .spec.containers}}{{$c.image}}{{end}}'; echo; done
kubectl describe statefulset web
kubectl delete statefulset web
sleep 60
kubectl get pods -l app=nginx
kubectl delete service nginx
kubectl get pvc
kubectl get pv
kubectl delete pvc www-web-0 www-web-1 www-web-2 www-web-3 www-web-4
kubectl get pv
