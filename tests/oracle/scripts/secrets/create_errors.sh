kubectl create secret generic
kubectl create secret generic a b
kubectl create secret generic x --from-literal=novalue
kubectl create secret generic x --from-literal==v
kubectl create secret generic x --from-literal='bad key=v'
kubectl create secret generic x --from-literal=..a=v
kubectl create secret generic x --from-literal=a=1 --from-literal=a=2
kubectl create secret generic x --from-file=missing.txt
kubectl create secret generic x --from-file==p
kubectl create secret generic x --from-file=k=
kubectl create secret generic x --from-file=a=b=c
echo A=1 > e.env
kubectl create secret generic x --from-env-file=e.env --from-literal=a=b
kubectl create secret generic x --from-env-file=missing
echo '1A=x' > bad.env
kubectl create secret generic x --from-env-file=bad.env
mkdir d
kubectl create secret generic x --from-file=k=d
kubectl create secret generic x --from-env-file=d
kubectl create secret tls t
kubectl create secret tls t --cert=a --key=b
echo hello > a
kubectl create secret tls t --cert=a --key=a
kubectl create secret docker-registry r
kubectl create secret docker-registry r --docker-username=u
kubectl create secret docker-registry r --docker-username=u --docker-password=p --docker-server=
kubectl create secret bogus
kubectl get secrets
