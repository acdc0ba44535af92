cat > cm.yaml <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata:
  name: flags
data:
  enabled: true
YAML
kubectl apply -f cm.yaml
cat > replicas.yaml <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: "3"
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
      - name: web
        image: nginx
YAML
kubectl apply -f replicas.yaml
cat > port.yaml <<'YAML'
apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
  - name: web
    image: nginx
    ports:
    - containerPort: "80"
    env:
    - name: PORT
      value: 8080
YAML
kubectl create -f port.yaml
kubectl get deploy,cm,pods
