kubectl get sa default -n default -o custom-columns=NAME:.metadata.name,KIND:.kind
