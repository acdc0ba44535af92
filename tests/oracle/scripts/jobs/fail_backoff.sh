cat <<'YAML' > job.yaml
apiVersion: batch/v1
kind: Job
metadata:
  name: fail
spec:
  backoffLimit: 1
  template:
    spec:
      containers:
      - name: c
        image: busybox
        command: ["sh", "-c", "exit 1"]
      restartPolicy: Never
YAML
kubectl apply -f job.yaml
sleep 60
kubectl get jobs
kubectl get pods
kubectl describe job fail
kubectl get job fail -o jsonpath='{.status.conditions[*].type} {.status.failed}'
