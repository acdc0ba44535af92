# Commands that change objects: scale (every form), set image, label,
# annotate, expose (every flag), delete (names, TYPE/NAME, -l, -f, --all),
# run, cordon, and their errors.
kubectl create deployment web --image=nginx:1.25
kubectl scale deployments/web --replicas=3
kubectl scale --replicas=2 deploy/web
kubectl scale deployment web --replicas=1
kubectl scale deploy/web --replicas=-1
kubectl scale deploy/web
kubectl scale deploy/web --replicas=two
kubectl scale deploy/nope --replicas=2
kubectl scale pod/x --replicas=2
kubectl set image deployments/web nginx=nginx:1.26
kubectl set image deployments/web nginx=nginx:1.26
kubectl set image deployments/web nope=nginx
kubectl set image deploy/web '*=nginx:1.27' --record
kubectl label deploy web tier=front
kubectl label deploy web tier=back
kubectl label deploy web tier=back --overwrite
kubectl label deploy web tier-
kubectl label deploy web tier-
kubectl label deploy web
kubectl annotate deploy web owner=team-a
kubectl annotate deploy web owner=team-b
kubectl expose deploy web --port=80 --target-port=8080 --name=web-svc --type=NodePort --protocol=TCP
kubectl expose deploy web --port=80 --name=web-svc
kubectl expose deploy web
kubectl expose deploy nope --port=80
kubectl run client --image=busybox --restart=Never -- sleep 3600
kubectl run
kubectl cordon minikube
kubectl cordon minikube
kubectl uncordon minikube
sleep 20
kubectl get all
kubectl delete svc web-svc
kubectl delete pod/client deploy/web
kubectl delete pods -l app=nope
kubectl delete pods
kubectl delete
kubectl delete deploy nope
kubectl get all
