kubectl create clusterrolebinding crb --clusterrole=view
kubectl create clusterrole cr --verb=get --resource=pods
kubectl create pdb p --selector=app=x --min-available=1
kubectl create priorityclass p --value=1
kubectl create quota q --hard=pods=2
kubectl create rolebinding rb --role=a
kubectl create role r --verb=get --resource=pods
kubectl create serviceaccount robot
