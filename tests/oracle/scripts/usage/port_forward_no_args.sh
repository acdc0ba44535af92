kubectl port-forward
