kubectl run web --image=nginx
kubectl label pod web env=dev
kubectl get pods -L env
kubectl label pods --all team=a
kubectl get pods --show-labels
