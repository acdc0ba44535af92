cat <<'YAML' > job.yaml
apiVersion: batch/v1
kind: Job
metadata:
  name: bad
spec:
  template:
    spec:
      containers:
      - name: c
        image: busybox
        command: ["echo", "hi"]
YAML
kubectl apply -f job.yaml
kubectl get jobs
