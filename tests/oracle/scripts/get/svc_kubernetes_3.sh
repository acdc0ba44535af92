kubectl get svc kubernetes -n default -o wide
