kubectl get sa default -n default -o jsonpath='{.metadata.name}{"\n"}'
