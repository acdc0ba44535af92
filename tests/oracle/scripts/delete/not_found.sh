kubectl delete pod nope
kubectl delete deploy nope
