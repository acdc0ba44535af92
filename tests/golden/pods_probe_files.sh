# The files a container's own command makes are the ones its exec probe
# and `kubectl exec` see: /tmp/healthy is there for 30 s, then gone.
kubectl apply -f https://k8s.io/examples/pods/probe/exec-liveness.yaml
sleep 10
kubectl exec liveness-exec -- ls /tmp
kubectl exec liveness-exec -- cat /tmp/healthy
echo $?
sleep 26
kubectl exec liveness-exec -- ls /tmp
kubectl exec liveness-exec -- cat /tmp/healthy
kubectl get events --field-selector reason=Unhealthy
