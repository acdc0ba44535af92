kubectl create job w --image=busybox --dry-run=client -o yaml -- sh -c 'sleep 5' | kubectl apply -f -
kubectl wait --for=condition=complete job/w --timeout=120s
kubectl get jobs
