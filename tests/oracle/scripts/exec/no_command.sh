# issue 13: a plain Validate error, no usage line
kubectl run web --image=nginx
sleep 10
kubectl exec web
