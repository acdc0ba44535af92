kubectl taint nodes minikube dedicated=gpu:NoSchedule
kubectl run web --image=nginx
sleep 5
kubectl get pods
kubectl get pod web -o jsonpath='{.status.conditions[0].message}'
kubectl taint nodes minikube dedicated-
sleep 20
kubectl get pods
