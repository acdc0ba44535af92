kubectl get pods -A --show-labels
