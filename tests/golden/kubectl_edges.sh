# Honest edges: every command and flag of kubectl v1.37 is known. What
# kubeplay does not simulate says so in one line (exit 1); typos keep
# kubectl's own words; --help lists the real subcommands and flags.
kubectl create secret generic db-pass --from-literal=password=s3cr3t
echo $?
kubectl create service clusterip s --tcp=80:80
kubectl autoscale deploy web --min=2 --max=5
kubectl patch deploy web -p '{"spec":{"replicas":2}}'
kubectl port-forward pod/x 8080:80 --address=0.0.0.0
kubectl get pods --chunk-size=10
kubectl get pods --raw=/api
echo $?
kubectl get pods --chunk-sise=10
kubectl get pods --as-uid=5
kubectl logs x --prefix
kubectl create secret opaque x
kubectl create secretz x
kubectl top
kubectl top pods
kubectl top nodes --sort-by=cpu
kubectl auth can-i create pods
kubectl auth whoami
kubectl auth can-i --list
kubectl completion
kubectl completion tcsh
kubectl completion zsh
kubectl create secret --help
kubectl create service --help
kubectl top node --help
kubectl set --help
kubectl config --help
kubectl cordon --help
kubectl events --selector=x
kubectl help top
kubectl alpha
kubectl options | head -7
kubectl help nope | head -4
