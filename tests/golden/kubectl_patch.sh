# kubectl patch: strategic merge by Kubernetes' merge keys ($patch: delete), --type=merge,
# --type=json, --patch-file, (no change), and kubectl v1.37's client-side errors.
kubectl create deployment web --image=nginx
kubectl patch deploy web -p '{"spec":{"replicas":2}}'
kubectl patch deploy web -p '{"spec":{"replicas":2}}'
kubectl get deploy web -o jsonpath='{.spec.replicas}{"\n"}'
kubectl patch deployment web --patch '{"spec": {"template": {"spec": {"containers": [{"name": "nginx", "image": "nginx:1.25"}]}}}}'
kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[*].image}{"\n"}'
kubectl patch deploy/web -p 'spec: {template: {spec: {containers: [{name: sidecar, image: busybox}]}}}'
kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[*].name}{"\n"}'
kubectl patch deploy web -p '{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","$patch":"delete"}]}}}}'
kubectl patch deploy web --type=merge -p '{"metadata":{"labels":{"tier":"web"}}}'
kubectl get deploy web --show-labels
kubectl patch deploy web --type=json -p '[{"op":"replace","path":"/spec/replicas","value":1}]'
kubectl patch deploy web --type=json -p '{"op":"add"}'
kubectl patch deploy web -p '{"spec":{"template":{"spec":{"containers":[{"image":"x"}]}}}}'
kubectl patch deploy web -p '{bad'
kubectl patch deploy web --type=x -p '{}'
kubectl patch deploy web
kubectl patch deploy nope -p '{}'
kubectl patch svc kubernetes -p '{"metadata":{"labels":{"x":"y"}}}'
echo 'spec: {replicas: 3}' > p.yaml
kubectl patch deploy web --patch-file p.yaml
kubectl patch deploy web --patch-file none.yaml
kubectl get deploy web
