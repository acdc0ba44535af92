kubectl create role r --verb=get --resource=pods --dry-run=client -o yaml
