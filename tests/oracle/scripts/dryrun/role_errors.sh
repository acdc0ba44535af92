kubectl create role r --verb=foo --resource=pods --dry-run=client -o yaml
kubectl create role r --verb=get --resource=foo --dry-run=client -o yaml
kubectl create role r --verb=get --resource=foo.bar --dry-run=client -o yaml
kubectl create role r --verb=get --resource=deployments.v1.apps --dry-run=client -o yaml
kubectl create role r --verb=get --resource=po.core --dry-run=client -o yaml
kubectl create role r --verb=use --resource=pods --dry-run=client -o yaml
kubectl create role r --verb=use --resource=foo --dry-run=client -o yaml
kubectl create role r --verb=bind --resource=roles --dry-run=client -o yaml
kubectl create role r --resource=pods --dry-run=client -o yaml
kubectl create role r --verb=foo --dry-run=client -o yaml
kubectl create role r --verb=get --resource=.apps --dry-run=client -o yaml
kubectl create role r --verb=get --resource=/status --dry-run=client -o yaml
kubectl create role --verb=get --resource=pods
