# kubectl -o: json, yaml, name, go-template (and --template), jsonpath,
# custom-columns, and the errors of each.
kubectl create deployment web --image=nginx:1.25 --port=80
kubectl expose deployment web --type=NodePort --port=80
sleep 20
kubectl get deploy web -o yaml
kubectl get svc web -o json
kubectl get svc -o name
kubectl get svc web -o go-template='{{(index .spec.ports 0).nodePort}}{{"\n"}}'
kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}} {{.status.phase}}{{"\n"}}{{end}}'
kubectl get pods -o go-template='{{range .items}}{{if eq .status.phase "Running"}}{{.metadata.name}}{{end}}{{end}}{{"\n"}}'
kubectl get deploy web -o go-template='{{.spec.replicas}} {{len .spec.template.spec.containers}} {{printf "%s-%v" .metadata.name .spec.replicas}} {{.metadata.labels}}{{"\n"}}'
kubectl get deploy web -o go-template='{{.nope}} {{.metadata.nope.deeper}}{{"\n"}}'
kubectl get deploy web -o go-template='{{if eq .spec.replicas 1}}one{{end}}'
kubectl get deploy web -o go-template='{{.spec.template.spec.containers[0].image}}'
kubectl get deploy web -o go-template='{{.metadata.name'
kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0].image}{"\n"}'
kubectl get pods -o jsonpath='{.items[*].metadata.name}{"\n"}'
kubectl get pods -o jsonpath='{range .items[*]}{.metadata.name}{"\t"}{.status.podIP}{"\n"}{end}'
kubectl get nodes -o jsonpath='{.items[0].status.conditions[?(@.type=="Ready")].status}{"\n"}'
kubectl get deploy web -o jsonpath='{.metadata.labels}{"\n"}'
kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[3]}'
kubectl get deploy web -o jsonpath='{.spec.template.spec.containers[0'
kubectl get pods -o custom-columns=NAME:.metadata.name,IMAGE:.spec.containers[*].image,NODE:.spec.nodeName,MISSING:.status.nope
kubectl get pods -o custom-columns=NAME
kubectl get pods -o xml
kubectl get pods -o jsonpath
