kubectl create quota q --hard=memory=1024Mi,cpu=0.5,pods=1e3,x=1.5,y=100k,z=2000m,services=1000,secrets=+5,limits.memory=1536Mi,requests.memory=0.5Gi,requests.cpu=.5 --scopes=BestEffort,NotTerminating --dry-run=client -o yaml
kubectl create quota q --hard=pods=10 -n dev --dry-run=client -o json
kubectl create quota q --dry-run=client -o yaml
