# Kubernetes Basics, module 5 "Running Multiple Instances of Your App"
# (scale-intro): a LoadBalancer service, scaling to 4, requests reaching
# different pods, scaling down to 2.
kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
kubectl expose deployment/kubernetes-bootcamp --type="LoadBalancer" --port 8080
sleep 30
kubectl get deployments
kubectl get rs
kubectl scale deployments/kubernetes-bootcamp --replicas=4
kubectl get deployments
sleep 30
kubectl get pods -o wide
kubectl describe deployments/kubernetes-bootcamp
kubectl describe services/kubernetes-bootcamp
export NODE_PORT="$(kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}')"
echo NODE_PORT=$NODE_PORT
curl http://"$(minikube ip):$NODE_PORT"
curl http://"$(minikube ip):$NODE_PORT"
curl http://"$(minikube ip):$NODE_PORT"
curl http://"$(minikube ip):$NODE_PORT"
curl http://"$(minikube ip):$NODE_PORT"
kubectl scale deployments/kubernetes-bootcamp --replicas=2
kubectl get deployments
kubectl get pods -o wide
sleep 40
kubectl get pods -o wide
