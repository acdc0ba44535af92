kubectl create poddisruptionbudget pdb --selector=app=web --min-available=1 --dry-run=client -o yaml
