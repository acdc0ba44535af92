kubectl create pdb p "--selector=app=web,x,!y,z in (b,a),w notin (c)" --max-unavailable=50% -n dev --dry-run=client -o json
kubectl create pdb p --selector=a=b,a=c --min-available=99999999999 --dry-run=client -o yaml
kubectl create poddisruptionbudget p --selector=app --min-available=007 --dry-run=client -o yaml
