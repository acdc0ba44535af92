kubectl get pods --frobnicate
