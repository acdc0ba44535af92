kubectl get pods -n kube-system -o 'jsonpath={.items[*].metadata.name}'
