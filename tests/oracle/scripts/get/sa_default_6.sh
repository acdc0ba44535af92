kubectl get sa default -n default -o jsonpath='{.metadata.labels}{"\n"}'
