kubectl get svc kubernetes -n default -o jsonpath='{.metadata.labels}{"\n"}'
