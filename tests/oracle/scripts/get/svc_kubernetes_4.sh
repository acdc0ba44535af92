kubectl get svc kubernetes -n default -o jsonpath='{.metadata.name}{"\n"}'
