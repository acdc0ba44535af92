kubectl get pods -n kube-system -o 'go-template={{range .items}}{{.metadata.name}}{{"\n"}}{{end}}'
