echo -n admin > user.txt
printf 's3cr3t\n' > pass.txt
kubectl create secret generic f --from-file=user.txt --from-file=password=pass.txt --dry-run=client -o yaml | kubectl apply -f -
kubectl get secret f -o jsonpath='{.data}'
mkdir d
echo a > d/one
echo b > d/two
kubectl create secret generic dir --from-file=d --dry-run=client -o yaml | kubectl apply -f -
kubectl describe secret dir
printf '# comment\nA=1\n\n  B=two=2\nC\n' > e.env
kubectl create secret generic env --from-env-file=e.env --dry-run=client -o yaml | kubectl apply -f -
kubectl get secret env -o yaml
