# Long-running and interactive commands: get -w streams rows as pods
# change (the runner interrupts it once the cluster is idle), logs -f,
# and edit, which the runner cancels.
kubectl create deployment web --image=nginx:1.25
kubectl get pods -w
kubectl get pods,svc -w
kubectl edit deployment/web
kubectl edit deployment/nope
