# kubectl set env: KEY=VALUE, KEY-, -e, --list, -c wildcards, --overwrite=false, and
# kubectl's errors (resources before changes, invalid names).
kubectl create deployment web --image=nginx
kubectl set env deploy/web GREETING=hello TIER=web
kubectl set env deploy/web --list
kubectl set env deploy/web GREETING=hello
kubectl set env deployment web GREETING=hi TIER-
kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].env}{"\n"}'
kubectl set env deploy/web -e MODE=debug --list
kubectl set env deploy/web GREETING=bye --overwrite=false
kubectl set env deploy/web -c side* A=1
kubectl set env deploy/web X
kubectl set env deploy/web 1X=a
kubectl set env A=1 deploy/web
kubectl set env A=1
kubectl set env deploy/nope A=1
kubectl set env deploy/web A=1 --from=configmap/x
kubectl rollout history deploy/web
