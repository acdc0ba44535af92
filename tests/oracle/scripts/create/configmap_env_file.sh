printf '# settings\nMODE=prod\n\n  LEVEL=3=x\nEMPTY\n' > app.env
kubectl create configmap cfg --from-env-file=app.env --dry-run=client -o yaml
kubectl create configmap cfg --from-env-file=app.env --from-literal=a=b
printf 'A=1\nA=2\n' > dup.env
kubectl create configmap cfg --from-env-file=dup.env
kubectl create configmap cfg --from-literal=a=1 --from-literal=a=2
mkdir d
kubectl create configmap cfg --from-env-file=d
kubectl create configmap cfg --from-env-file=missing.env
echo '1X=y' > bad.env
kubectl create configmap cfg --from-env-file=bad.env
