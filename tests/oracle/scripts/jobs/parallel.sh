cat <<'YAML' > job.yaml
apiVersion: batch/v1
kind: Job
metadata:
  name: par
spec:
  completions: 4
  parallelism: 2
  template:
    spec:
      containers:
      - name: c
        image: busybox
        command: ["sh", "-c", "sleep 5"]
      restartPolicy: Never
YAML
kubectl apply -f job.yaml
sleep 3
kubectl get jobs
kubectl get pods
sleep 60
kubectl get jobs
kubectl describe job par
