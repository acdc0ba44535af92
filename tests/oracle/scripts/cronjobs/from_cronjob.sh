kubectl create cronjob hello --image=busybox --schedule='0 0 1 1 *' --dry-run=client -o yaml -- echo hi | kubectl apply -f -
kubectl create job manual --from=cronjob/hello --dry-run=client -o yaml | kubectl apply -f -
kubectl get job manual -o jsonpath='{.metadata.annotations} {.metadata.ownerReferences[0].kind}'
echo
sleep 20
kubectl get jobs
kubectl get cronjob hello
