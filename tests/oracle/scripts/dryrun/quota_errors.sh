kubectl create quota q --hard=foo --dry-run=client -o yaml
kubectl create quota q --hard=pods=abc --dry-run=client -o yaml
kubectl create quota q --hard=pods=1x --dry-run=client -o yaml
kubectl create quota q --hard=a=1=2 --dry-run=client -o yaml
kubectl create quota q --scopes=a,,b --dry-run=client -o yaml
kubectl create quota --dry-run=client -o yaml
kubectl create quota q --hard=a=1kM --dry-run=client -o yaml
