echo -n "" | kubectl apply -f -
echo "" > empty.yaml
kubectl create -f empty.yaml
