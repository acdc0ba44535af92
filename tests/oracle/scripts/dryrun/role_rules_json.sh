kubectl create role r --verb=get,list --verb=get --resource=pods,deploy,rs.apps,pods/status,jobs,rs --resource-name=a --resource-name=a --resource-name=b --dry-run=client -o json
kubectl create role r --verb=get,watch,list --resource=statefulsets,hpa,cj,ing,netpol,pdb,sc,quota,sa,cm,ns,no,ev,ep -n dev --dry-run=client -o yaml
kubectl create role r --verb=get --resource=PODS,Deployment,svc.,pods/ --dry-run=client -o yaml
