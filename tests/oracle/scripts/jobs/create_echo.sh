kubectl create job hello --image=busybox --dry-run=client -o yaml -- echo hi | kubectl apply -f -
kubectl get jobs
sleep 30
kubectl get jobs
kubectl get jobs -o wide
kubectl logs job/hello
kubectl get pods -l job-name=hello
kubectl describe job hello
