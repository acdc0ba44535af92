kubectl create pdb p --dry-run=client -o yaml
kubectl create pdb p --selector=app=x --dry-run=client -o yaml
kubectl create pdb p --selector=app=x --min-available=1 --max-unavailable=1 --dry-run=client -o yaml
kubectl create pdb p --selector=app=x --min-available=1x --dry-run=client -o yaml
kubectl create pdb p --selector=app=x --max-unavailable=x% --dry-run=client -o yaml
kubectl create pdb p --selector=app!=x --min-available=1 --dry-run=client -o yaml
kubectl create pdb p q --selector=app=x --min-available=1
