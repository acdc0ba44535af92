# The kubernetes.io task "Assign Pods to Nodes" on a two-node minikube:
# label a node disktype=ssd, then a nodeSelector, a required and a
# preferred node affinity send pods there.
minikube node add
sleep 30
kubectl get nodes --show-labels
kubectl label nodes minikube-m02 disktype=ssd
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
sleep 20
kubectl get pods --output=wide
kubectl delete pod nginx
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: nginx
spec:
  affinity:
    nodeAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        nodeSelectorTerms:
        - matchExpressions:
          - key: disktype
            operator: In
            values:
            - ssd
  containers:
  - name: nginx
    image: nginx
    imagePullPolicy: IfNotPresent
EOF
sleep 20
kubectl get pods --output=wide
kubectl delete pod nginx
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: nginx
spec:
  affinity:
    nodeAffinity:
      preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 1
        preference:
          matchExpressions:
          - key: disktype
            operator: In
            values:
            - ssd
  containers:
  - name: nginx
    image: nginx
    imagePullPolicy: IfNotPresent
EOF
sleep 20
kubectl get pods --output=wide
kubectl label nodes minikube-m02 disktype-
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: ssd-only
spec:
  nodeSelector:
    disktype: ssd
  containers:
  - name: nginx
    image: nginx
EOF
sleep 5
kubectl describe pod ssd-only | tail -n 4
