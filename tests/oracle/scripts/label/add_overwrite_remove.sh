kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl label deployment web tier=frontend
kubectl label deployment web tier=backend
kubectl label deployment web tier=backend --overwrite
kubectl get deploy web --show-labels
kubectl label deployment web tier-
kubectl get deploy web --show-labels
