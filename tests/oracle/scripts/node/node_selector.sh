kubectl get nodes --show-labels
kubectl label nodes minikube disktype=ssd
kubectl get nodes --show-labels
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: nginx
  labels:
    env: test
spec:
  containers:
  - name: nginx
    image: nginx
    imagePullPolicy: IfNotPresent
  nodeSelector:
    disktype: ssd
EOF
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: nginx-hdd
spec:
  containers:
  - name: nginx
    image: nginx
  nodeSelector:
    disktype: hdd
EOF
sleep 10
kubectl get pods --output=wide
kubectl get pod nginx-hdd -o jsonpath='{.status.conditions[0].message}'
