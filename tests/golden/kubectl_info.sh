# kubectl's informational commands and help: version, cluster-info,
# api-resources, api-versions, config, explain, --help, and cobra's
# unknown-command and flag errors.
kubectl version
kubectl version --client
kubectl version -o json
kubectl cluster-info
kubectl api-resources --namespaced=false
kubectl api-versions
kubectl config current-context
kubectl config get-contexts
kubectl config view
kubectl config view -o jsonpath='{.clusters[0].cluster.server}{"\n"}'
kubectl explain pods
kubectl explain deployment.spec
kubectl explain deployment.spec.replicas
kubectl explain deployment.spec.nope
kubectl explain namespaces
kubectl explain foos
kubectl scale --help
kubectl set
kubectl gte pods
kubectl scal
kubectl xyzzy
kubectl get pods --foo
kubectl get pods -z
kubectl get pods -n
kubectl -n kube-system get pods
kubectl top nodes
kubectl get
