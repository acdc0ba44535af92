# The shell's grep context options against GNU grep, over kubectl output.
kubectl get pods -A | grep -A1 coredns
kubectl get pods -A | grep -B1 -n etcd
kubectl get pods -A | grep -C1 -e proxy -e storage
kubectl get pods -A | grep --context=0 -e coredns -e scheduler
kubectl get pods -A | grep -A x kube
