kubectl get pods -n kube-system -l k8s-app=kube-dns
kubectl get pods -n kube-system -l tier=control-plane -o name
kubectl get pods -A -l nope=nothing
