kubectl create quota q --hard=pods=10 --dry-run=client -o name
