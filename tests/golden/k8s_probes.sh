# kubernetes.io "Configure Liveness, Readiness and Startup Probes"
# (tasks/configure-pod-container/configure-liveness-readiness-startup-probes),
# commands as the page gives them: the exec probe, the HTTP probe, the TCP probe.
# The HTTP probe's page looks "after 10 seconds" of the app serving; with
# the pull and three failed probes 3 s apart that is 25 s after `apply`.
kubectl apply -f https://k8s.io/examples/pods/probe/exec-liveness.yaml
kubectl describe pod liveness-exec
sleep 35
kubectl describe pod liveness-exec
sleep 40
kubectl get pod liveness-exec
kubectl apply -f https://k8s.io/examples/pods/probe/http-liveness.yaml
sleep 25
kubectl describe pod liveness-http
kubectl apply -f https://k8s.io/examples/pods/probe/tcp-liveness-readiness.yaml
sleep 15
kubectl describe pod goproxy
kubectl get pods
