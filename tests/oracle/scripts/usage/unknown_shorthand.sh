kubectl get pods -Z
