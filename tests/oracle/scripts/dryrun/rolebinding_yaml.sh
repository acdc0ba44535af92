kubectl create rolebinding rb --role=r --user=bob --group=devs --serviceaccount=default:sa --user=amy -n dev --dry-run=client -o yaml
kubectl create rolebinding rb --clusterrole=view --dry-run=client -o json
kubectl create rolebinding rb --clusterrole=view --dry-run=client -o name
kubectl create rolebinding rb --role=r --dry-run=client
