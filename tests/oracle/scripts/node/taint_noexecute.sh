kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl apply -f - <<EOF
apiVersion: v1
kind: Pod
metadata:
  name: patient
spec:
  tolerations:
  - key: maintenance
    operator: Exists
    effect: NoExecute
    tolerationSeconds: 30
  containers:
  - name: nginx
    image: nginx
EOF
sleep 20
kubectl get pods
kubectl taint nodes minikube maintenance=now:NoExecute
sleep 5
kubectl get pods
kubectl get events --field-selector reason=TaintManagerEviction -o custom-columns=OBJECT:.involvedObject.name,MESSAGE:.message
sleep 30
kubectl get pods
kubectl taint nodes minikube maintenance-
sleep 10
kubectl get pods
