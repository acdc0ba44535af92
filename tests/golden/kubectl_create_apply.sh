# kubectl create -f / apply -f: files, directories, multi-document YAML,
# JSON, created / configured / unchanged, and manifest errors.
mkdir -p app
cat > app/deployment.yaml <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx-deployment
  labels:
    app: nginx
spec:
  replicas: 3
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
        image: nginx:1.14.2
        ports:
        - containerPort: 80
YAML
cat > app/service.json <<'JSON'
{"apiVersion": "v1", "kind": "Service", "metadata": {"name": "nginx"}, "spec": {"selector": {"app": "nginx"}, "ports": [{"port": 80}]}}
JSON
cat > multi.yaml <<'YAML'
apiVersion: v1
kind: ConfigMap
metadata:
  name: one
data:
  a: "1"
---
# the second document
apiVersion: v1
kind: ConfigMap
metadata:
  name: two
data:
  enabled: yes
YAML
kubectl apply -f app/
kubectl apply -f app/
kubectl create -f app/deployment.yaml
kubectl apply -f multi.yaml
kubectl get cm two -o jsonpath='{.data.enabled}{"\n"}'
sed -i 's/replicas: 3/replicas: 5/' app/deployment.yaml
kubectl apply -f app/deployment.yaml
kubectl get deploy nginx-deployment -o jsonpath='{.spec.replicas}{"\n"}'
kubectl create deployment plain --image=nginx
kubectl get deploy plain -o yaml > plain.yaml
kubectl apply -f plain.yaml
kubectl apply -f https://k8s.io/examples/application/deployment.yaml
kubectl apply -f https://example.com/nope.yaml
kubectl apply -f missing.yaml
printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bad\n  labels: a: b\n' > bad.yaml
kubectl apply -f bad.yaml
printf 'apiVersion: v1\nmetadata:\n  name: nokind\n' > nokind.yaml
kubectl create -f nokind.yaml
printf 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: typo\nspec:\n  replica: 2\n' > typo.yaml
kubectl create -f typo.yaml
kubectl create -f extensions.yaml 2>&1 | head -1
printf 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: old\n' > old.yaml
kubectl create -f old.yaml
kubectl create
kubectl create deployment
kubectl create deployment x
kubectl create deployment web --image=nginx --dry-run=client -o yaml
kubectl create configmap cfg --from-file=multi.yaml --from-literal=k=v
kubectl create configmap cfg --from-literal=k=v
kubectl create namespace team-a
kubectl get ns team-a
