kubectl get pods -n kube-system -L k8s-app,component
