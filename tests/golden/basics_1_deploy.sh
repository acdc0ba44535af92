# Kubernetes Basics, module 2 "Using kubectl to create a Deployment"
# (kubernetes.io deploy-intro): the commands as the page lists them.
kubectl version
kubectl get nodes
kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1
kubectl get deployments
sleep 30
kubectl get deployments
kubectl get pods
