kubectl get pods -n kube-system -o 'custom-columns=NAME:.metadata.name,NS:.metadata.namespace'
