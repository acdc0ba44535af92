# kubernetes.io "Assign Memory Resources to Containers and Pods"
# (tasks/configure-pod-container/assign-memory-resource), commands as the
# page gives them, as far as the memory limit: a container within its
# limit runs; one that allocates past it is OOMKilled and restarted.
kubectl create namespace mem-example
kubectl apply -f https://k8s.io/examples/pods/resource/memory-request-limit.yaml --namespace=mem-example
sleep 10
kubectl get pod memory-demo --output=yaml --namespace=mem-example
kubectl delete pod memory-demo --namespace=mem-example
kubectl apply -f https://k8s.io/examples/pods/resource/memory-request-limit-2.yaml --namespace=mem-example
sleep 5
kubectl get pod memory-demo-2 --namespace=mem-example
kubectl get pod memory-demo-2 --output=yaml --namespace=mem-example
sleep 30
kubectl get pod memory-demo-2 --namespace=mem-example
kubectl describe pod memory-demo-2 --namespace=mem-example
kubectl logs memory-demo-2 --namespace=mem-example
kubectl delete namespace mem-example
