kubectl get svc kubernetes -n default -o custom-columns=NAME:.metadata.name,KIND:.kind
