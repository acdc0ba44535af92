kubectl create clusterrole cr --aggregation-rule=a=b --verb=get --dry-run=client -o yaml
kubectl create clusterrole cr --verb=list --non-resource-url=/logs --dry-run=client -o yaml
kubectl create clusterrole cr --verb=get --non-resource-url=logs --dry-run=client -o yaml
kubectl create clusterrole cr --verb=get --dry-run=client -o yaml
kubectl create clusterrole cr --non-resource-url=/a --dry-run=client -o yaml
kubectl create clusterrole cr --verb=get --non-resource-url=/a*b --dry-run=client -o yaml
kubectl create clusterrole cr --verb=foo --resource=pods --non-resource-url=/a --dry-run=client -o yaml
kubectl create clusterrole cr --aggregation-rule=ab --dry-run=client -o yaml
