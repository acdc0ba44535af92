kubectl create pc high --value=1000 --global-default --description="high priority" --preemption-policy=Never -n dev --dry-run=client -o json
kubectl create priorityclass low --dry-run=client -o yaml
kubectl create priorityclass p --value=abc --dry-run=client -o yaml
kubectl create priorityclass p --value=3000000000 --dry-run=client -o yaml
kubectl create priorityclass --value=1
