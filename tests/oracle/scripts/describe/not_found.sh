kubectl describe pod nope
kubectl describe deploy nope
