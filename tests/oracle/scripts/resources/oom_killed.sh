cat <<YAML | kubectl apply -f -
apiVersion: v1
kind: Namespace
metadata:
  name: mem-example
---
apiVersion: v1
kind: Pod
metadata:
  name: memory-demo-2
  namespace: mem-example
spec:
  containers:
  - name: memory-demo-2-ctr
    image: polinux/stress
    resources:
      requests:
        memory: "50Mi"
      limits:
        memory: "100Mi"
    command: ["stress"]
    args: ["--vm", "1", "--vm-bytes", "250M", "--vm-hang", "1"]
YAML
sleep 3
kubectl get pod memory-demo-2 --namespace=mem-example
sleep 30
kubectl get pod memory-demo-2 --namespace=mem-example
kubectl describe pod memory-demo-2 --namespace=mem-example
kubectl get pod memory-demo-2 --namespace=mem-example -o jsonpath='{.status.containerStatuses[0].lastState.terminated.reason} {.status.qosClass}{"\n"}'
