kubectl replace
kubectl replace -f nope.yaml
kubectl create configmap c --from-literal=a=1 --dry-run=client -o yaml > c.yaml
kubectl replace -f c.yaml
kubectl replace -f c.yaml --grace-period=3
kubectl create -f c.yaml
sed -i "s/a: \"1\"/a: \"2\"/" c.yaml
kubectl replace -f c.yaml -o name
kubectl get cm c -o jsonpath='{.data.a}'
