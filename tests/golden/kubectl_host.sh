# The learner machine's cluster tools: curl (every addressing form and
# option) and minikube (ip, service, status, node add|stop|start|list|delete).
kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1 --replicas=3
kubectl expose deployment/kubernetes-bootcamp --type=NodePort --port 8080
sleep 30
minikube ip
export NODE_PORT="$(kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}')"
curl http://"$(minikube ip):$NODE_PORT"
curl $(minikube ip):$NODE_PORT
curl host01:$NODE_PORT
curl minikube:$NODE_PORT
curl "$(kubectl get svc kubernetes-bootcamp -o jsonpath='{.spec.clusterIP}')":8080
curl -s -i $(minikube ip):$NODE_PORT
curl -I $(minikube ip):$NODE_PORT
curl -v $(minikube ip):$NODE_PORT
curl -s -o /dev/null -w '%{http_code}\n' $(minikube ip):$NODE_PORT
curl $(minikube ip):1
curl -s $(minikube ip):1; echo "exit $?"
curl nowhere:80
curl
curl --bogus x
minikube service kubernetes-bootcamp --url
minikube service kubernetes-bootcamp
minikube service nope
minikube status
minikube node add
minikube node list
sleep 30
kubectl get nodes
minikube node stop m02
minikube status
minikube node start m02
minikube node delete m02
minikube node list
minikube version
