kubectl get endpointslices -A
