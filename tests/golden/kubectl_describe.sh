# kubectl describe: deployments, replicasets, pods (one, all, by prefix),
# services, nodes, configmaps, and the errors.
kubectl create deployment web --image=nginx:1.25 --replicas=2 --port=80
kubectl expose deployment web --type=NodePort --port=80
kubectl create configmap game-config --from-literal=lives=3 --from-literal=level=easy
sleep 20
kubectl describe deployment web
kubectl describe rs
kubectl describe pods web
kubectl describe svc web
kubectl describe configmap game-config
kubectl describe nodes
kubectl describe ns default
kubectl describe pods nope
kubectl describe statefulsets
kubectl describe
