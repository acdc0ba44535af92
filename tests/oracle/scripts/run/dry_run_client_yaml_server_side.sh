kubectl run web --image=nginx --dry-run=client -o yaml
