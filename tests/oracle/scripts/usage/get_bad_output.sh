kubectl get pods -o frob
