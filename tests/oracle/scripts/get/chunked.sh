kubectl get pods -A --chunk-size=2
