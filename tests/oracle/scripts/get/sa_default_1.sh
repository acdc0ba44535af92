kubectl get sa default -n default -o json
