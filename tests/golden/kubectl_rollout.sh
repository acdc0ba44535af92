# kubectl rollout: status (streaming), history, history --revision, undo
# (and --to-revision), restart, pause, resume, and their errors.
kubectl create deployment web --image=nginx:1.25 --replicas=3
kubectl rollout status deployment/web
kubectl set image deployment/web nginx=nginx:1.26
kubectl rollout status deployment/web
kubectl rollout history deployment/web
kubectl rollout history deployment/web --revision=1
kubectl rollout history deployment/web --revision=9
kubectl rollout undo deployment/web --to-revision=9
kubectl rollout undo deployment/web --to-revision=2
kubectl rollout undo deployment/web
kubectl rollout status deployment/web --watch=false
sleep 30
kubectl rollout history deployment/web
kubectl rollout pause deployment/web
kubectl rollout pause deployment/web
kubectl rollout undo deployment/web
kubectl rollout restart deployment/web
kubectl rollout resume deployment/web
kubectl rollout resume deployment/web
kubectl rollout restart deployment/web
kubectl rollout status deployment/web
kubectl rollout status deployment/nope
kubectl rollout undo pod/x
kubectl rollout
kubectl rollout nope
