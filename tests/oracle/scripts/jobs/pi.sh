cat <<'YAML' > pi.yaml
apiVersion: batch/v1
kind: Job
metadata:
  name: pi
spec:
  template:
    spec:
      containers:
      - name: pi
        image: perl:5.34.0
        command: ["perl",  "-Mbignum=bpi", "-wle", "print bpi(2000)"]
      restartPolicy: Never
  backoffLimit: 4
YAML
kubectl apply -f pi.yaml
sleep 60
kubectl get jobs
kubectl describe job pi
kubectl logs job/pi
kubectl get job pi -o yaml
kubectl get job pi -o jsonpath='{.status.succeeded}'
