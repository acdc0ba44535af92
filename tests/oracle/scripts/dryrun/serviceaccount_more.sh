kubectl create sa builder -n dev --dry-run=client -o json
kubectl create serviceaccount
kubectl create serviceaccount a b
kubectl create serviceaccount robot --dry-run=bogus
kubectl create serviceaccount robot --dry-run=client -o wide
