kubectl taint nodes minikube dedicated=gpu:NoSchedule
kubectl taint nodes minikube dedicated=gpu:NoSchedule
kubectl taint nodes minikube dedicated=cpu:NoSchedule --overwrite
kubectl taint nodes minikube dedicated=gpu:PreferNoSchedule
kubectl get nodes -o jsonpath='{.items[0].spec.taints}'
kubectl taint nodes minikube dedicated:NoSchedule-
kubectl taint nodes minikube dedicated-
kubectl taint nodes minikube dedicated-
kubectl taint nodes minikube dedicated=gpu:Never
kubectl taint nodes minikube a=b=c:NoSchedule
kubectl taint nodes minikube -bad=x:NoSchedule
kubectl taint nodes minikube nokey
kubectl taint pods minikube a=b:NoSchedule
kubectl taint nodes minikube
kubectl taint nodes a=b:NoSchedule
kubectl taint nodes nope a=b:NoSchedule
kubectl taint nodes minikube a=b:NoSchedule a-
kubectl taint nodes minikube a=b:NoSchedule extra
