# Commands that talk to containers: logs (--tail, -f, deploy/x), exec (with
# and without --, -it bash), and curl from inside a pod.
kubectl create deployment kubernetes-bootcamp --image=gcr.io/google-samples/kubernetes-bootcamp:v1 --replicas=2
kubectl logs deploy/kubernetes-bootcamp
kubectl logs -l app=kubernetes-bootcamp --tail=1
sleep 30
export POD_NAME="$(kubectl get pods -o jsonpath='{.items[0].metadata.name}')"
kubectl logs $POD_NAME
kubectl logs $POD_NAME --tail=1
kubectl logs deploy/kubernetes-bootcamp
kubectl logs -l app=kubernetes-bootcamp --tail=1
kubectl logs
kubectl logs nope
kubectl exec $POD_NAME -- hostname
kubectl exec $POD_NAME -- ls /
kubectl exec $POD_NAME -- curl -s localhost:8080
kubectl exec $POD_NAME -- false
kubectl exec $POD_NAME hostname
kubectl exec $POD_NAME
kubectl exec -it $POD_NAME -- bash
ls
pwd
hostname
cd /etc
ls
echo "$HOSTNAME in $PWD, last status $?"
frobnicate
echo $?
cd /nope
cd
curl -s localhost:8080
sleep 2 && echo slept
exit 3
kubectl exec -it $POD_NAME -- ash
kubectl exec -it $POD_NAME -- sh
ls /tmp
exit
printf 'hostname\nexit\n' | kubectl exec -i $POD_NAME -- sh
kubectl port-forward $POD_NAME 8080:8080
kubectl set image deploy/kubernetes-bootcamp kubernetes-bootcamp=gcr.io/google-samples/kubernetes-bootcamp:v10
sleep 20
kubectl get pods
kubectl logs "$(kubectl get pods --field-selector status.phase=Pending -o jsonpath='{.items[0].metadata.name}')"
