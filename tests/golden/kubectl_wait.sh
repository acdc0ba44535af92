# kubectl wait: condition (case-insensitive), jsonpath, delete, -l/--all, --timeout on the
# simulated clock (0: check once), and kubectl v1.37's errors.
kubectl create deployment web --image=nginx --replicas=2
kubectl wait --for=condition=available deploy/web
kubectl wait --for=condition=Ready pods -l app=web
kubectl wait --for=jsonpath='{.status.readyReplicas}'=2 deployment/web
kubectl wait --for=jsonpath='{.status.phase}'=Running pod --all
kubectl wait --for=condition=Ready=false pod -l app=web --timeout=5s
echo $?
kubectl wait --for=condition=Ready=false pod -l app=web --timeout=0
kubectl wait --for=condition=Ready pod/nope
kubectl wait --for=delete pod/nope
echo $?
kubectl wait --for=condition=Ready pods
kubectl wait --for=condition=Ready pods -l app=none
kubectl wait deploy/web
kubectl wait --for=delete deploy/web --timeout=abc
kubectl delete deploy web --wait=false
kubectl wait --for=delete pod -l app=web --timeout=60s
kubectl get pods
