cat <<'YAML' > job.yaml
apiVersion: batch/v1
kind: Job
metadata:
  name: slow
spec:
  activeDeadlineSeconds: 20
  ttlSecondsAfterFinished: 100
  template:
    spec:
      containers:
      - name: c
        image: busybox
        command: ["sleep", "3600"]
      restartPolicy: OnFailure
YAML
kubectl apply -f job.yaml
sleep 30
kubectl get jobs
kubectl describe job slow
sleep 100
kubectl get jobs
