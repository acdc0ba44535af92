kubectl create clusterrolebinding crb --clusterrole=view --user=a --serviceaccount=kube-system:default -n dev --dry-run=client -o yaml
kubectl create clusterrolebinding crb --clusterrole=cluster-admin --group=system:masters --dry-run=client -o json
kubectl create clusterrolebinding crb --clusterrole=view --dry-run=client -o name
kubectl create clusterrolebinding crb --dry-run=client -o yaml
kubectl create clusterrolebinding --dry-run=client -o yaml
kubectl create clusterrolebinding --clusterrole=view
