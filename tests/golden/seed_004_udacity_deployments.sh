# Seed 004 (zh-TW, 2016): Udacity "Scalable Microservices with Kubernetes",
# lesson 4 — auth, hello and frontend deployments from files, a ConfigMap
# the frontend waits for, and scaling hello to 3 with `kubectl apply`.
# Adaptations: the seed's manifests use extensions/v1beta1 (gone since
# v1.16); they are written with apps/v1 and the selector apps/v1 requires.
# The seed edits hello.yaml in vim; here `sed` makes the same change.
# Old kubectl printed `deployment "auth" created`; v1.35 prints
# `deployment.apps/auth created`.
mkdir -p deployments services nginx
cat > deployments/auth.yaml <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: auth
spec:
  replicas: 1
  selector:
    matchLabels:
      app: auth
      track: stable
  template:
    metadata:
      labels:
        app: auth
        track: stable
    spec:
      containers:
        - name: auth
          image: "udacity/example-auth:1.0.0"
          ports:
            - name: http
              containerPort: 80
YAML
cat > services/auth.yaml <<'YAML'
kind: Service
apiVersion: v1
metadata:
  name: "auth"
spec:
  selector:
    app: "auth"
  ports:
    - protocol: "TCP"
      port: 80
      targetPort: 80
YAML
sed 's/auth/hello/g' deployments/auth.yaml > deployments/hello.yaml
sed 's/auth/hello/g' services/auth.yaml > services/hello.yaml
cat > deployments/frontend.yaml <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: frontend
spec:
  replicas: 1
  selector:
    matchLabels:
      app: frontend
      track: stable
  template:
    metadata:
      labels:
        app: frontend
        track: stable
    spec:
      containers:
        - name: nginx
          image: "udacity/example-frontend:1.0.0"
          ports:
            - name: http
              containerPort: 80
          volumeMounts:
            - name: "nginx-frontend-conf"
              mountPath: "/etc/nginx/conf.d"
      volumes:
        - name: "nginx-frontend-conf"
          configMap:
            name: "nginx-frontend-conf"
            items:
              - key: "frontend.conf"
                path: "frontend.conf"
YAML
cat > services/frontend.yaml <<'YAML'
kind: Service
apiVersion: v1
metadata:
  name: "frontend"
spec:
  selector:
    app: "frontend"
  ports:
    - protocol: "TCP"
      port: 80
      targetPort: 80
  type: LoadBalancer
YAML
printf 'upstream hello {\n    server hello.default.svc.cluster.local;\n}\nserver {\n    listen 80;\n    location / {\n        proxy_pass http://hello;\n    }\n}\n' > nginx/frontend.conf
cat deployments/auth.yaml
kubectl create -f deployments/auth.yaml
sleep 30
kubectl get deployment
kubectl describe deployment auth
kubectl create -f services/auth.yaml
kubectl create -f deployments/hello.yaml
kubectl create -f services/hello.yaml
kubectl create -f deployments/frontend.yaml
kubectl create -f services/frontend.yaml
sleep 20
kubectl get pods
kubectl create configmap nginx-frontend-conf --from-file=nginx/frontend.conf
sleep 60
kubectl get pods
kubectl get replicasets
kubectl get pods -l "app=hello,track=stable"
sed -i 's/replicas: 1/replicas: 3/' deployments/hello.yaml
kubectl apply -f deployments/hello.yaml
sleep 30
kubectl get replicasets
kubectl get pods
kubectl describe deployment hello
