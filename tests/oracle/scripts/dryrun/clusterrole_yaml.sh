kubectl create clusterrole cr --verb=get,list --resource=pods,nodes --resource-name=a --dry-run=client -o yaml
kubectl create clusterrole cr --verb=get --resource=pods --non-resource-url=/logs,/healthz,/logs -n dev --dry-run=client -o json
kubectl create clusterrole cr --aggregation-rule=a=b,c=d --aggregation-rule=e=f --dry-run=client -o yaml
kubectl create clusterrole cr --aggregation-rule=a=b --dry-run=client -o json
kubectl create clusterrole cr --verb=* --non-resource-url=* --dry-run=client -o name
