kubectl create rolebinding rb --dry-run=client -o yaml
kubectl create rolebinding rb --role=a --clusterrole=b --dry-run=client -o yaml
kubectl create rolebinding rb --role=a --serviceaccount=x --dry-run=client -o yaml
kubectl create rolebinding rb --role=a --serviceaccount=:x --dry-run=client -o yaml
kubectl create rolebinding rb --role=a --serviceaccount=a:b:c --dry-run=client -o yaml
kubectl create rolebinding --role=a
