cat <<YAML | kubectl apply -f -
apiVersion: v1
kind: Pod
metadata:
  name: slow
spec:
  containers:
  - name: web
    image: nginx:1.25
    readinessProbe:
      httpGet:
        path: /ready
        port: 80
      periodSeconds: 5
    startupProbe:
      tcpSocket:
        port: 80
      failureThreshold: 30
      periodSeconds: 10
YAML
sleep 30
kubectl get pod slow
kubectl get pod slow -o jsonpath='{.status.containerStatuses[0].started}{"\n"}'
kubectl describe pod slow
kubectl get events --field-selector involvedObject.name=slow
