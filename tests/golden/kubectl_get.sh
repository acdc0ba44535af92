# kubectl get: types, short names, lists, TYPE/NAME, all, -o wide,
# labels, selectors, -A, and what an empty or missing answer looks like.
kubectl get nodes
kubectl get no -o wide
kubectl get ns
kubectl get pods
kubectl get pods -A
kubectl get pods -n kube-system -o wide
kubectl create deployment web --image=nginx:1.25 --replicas=2 --port=80
kubectl expose deployment web --port=80
sleep 20
kubectl get all
kubectl get pods,svc,deploy
kubectl get deploy/web svc/web
kubectl get deploy,svc web
kubectl get deployments.apps web
kubectl get deployment.v1.apps -o wide
kubectl get rs -o wide
kubectl get svc -o wide
kubectl get ep
kubectl get cm
kubectl get pods --show-labels
kubectl get pods -L app -L pod-template-hash
kubectl get pods -l app=web
kubectl get pods -l 'app in (web,db),tier!=front'
kubectl get pods -l app=nope
kubectl get pods --field-selector status.phase=Running
kubectl get pods --field-selector spec.nodeName=minikube -o name
kubectl get pods --no-headers
kubectl get svc nope
kubectl get svc web nope
kubectl get statefulsets
kubectl get events --field-selector reason=ScalingReplicaSet
kubectl get pods -A --field-selector metadata.namespace=default
kubectl get pods --sort-by=.metadata.creationTimestamp -o name
