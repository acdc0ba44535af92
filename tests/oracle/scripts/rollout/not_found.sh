kubectl rollout status deployment/nope
kubectl rollout history deployment/nope
kubectl rollout undo deployment/nope
