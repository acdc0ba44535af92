kubectl create deployment web --image=nginx --dry-run=client -o yaml | kubectl apply -f -
kubectl annotate deployment web note=hello
kubectl annotate deployment web note=bye
kubectl annotate deployment web note=bye --overwrite
kubectl get deploy web -o jsonpath={.metadata.annotations.note}
kubectl annotate deployment web note-
kubectl describe deploy web
