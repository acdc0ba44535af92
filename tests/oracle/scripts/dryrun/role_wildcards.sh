kubectl create role r --verb=get,* --resource=pods,* --dry-run=client -o yaml
kubectl create role r --verb=get --resource=*,foo --dry-run=client -o yaml
kubectl create role r --verb=get --resource=*.apps --dry-run=client -o yaml
kubectl create role r --verb=get --resource=*/scale,foo --dry-run=client -o yaml
kubectl create role r --verb=impersonate --resource=serviceaccounts --dry-run=client -o yaml
