# minikube --help prints v1.37's grouped help; `minikube start` on the
# running profile prints what real minikube prints then (--nodes cannot
# change an existing cluster: minikube warns); commands real minikube has
# but kubeplay does not simulate say so; unknown ones get cobra's words.
minikube --help
echo $?
minikube start
echo $?
minikube node add
minikube node stop m02
minikube start --nodes 2
kubectl get nodes
minikube stop
echo $?
minikube frobnicate
echo $?
