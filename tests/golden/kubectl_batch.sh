# Jobs and CronJobs over simulated time: OnFailure restarts against the
# backoff limit, a work queue, suspend, a CronJob in a time zone with
# Replace then Forbid, history limits, a Job started by hand from a
# CronJob, and the apiserver's refusals.
cat <<'YAML' > onf.yaml
apiVersion: batch/v1
kind: Job
metadata:
  name: onf
spec:
  backoffLimit: 2
  template:
    spec:
      containers:
      - name: c
        image: busybox
        command: ["sh", "-c", "exit 1"]
      restartPolicy: OnFailure
YAML
kubectl apply -f onf.yaml
sleep 120
kubectl get jobs
kubectl get events --field-selector involvedObject.kind=Job
kubectl get job onf -o jsonpath='{.status.failed} {.status.conditions[*].reason}'
echo
cat <<'YAML' > queue.yaml
apiVersion: batch/v1
kind: Job
metadata:
  name: queue
spec:
  parallelism: 3
  template:
    spec:
      containers:
      - name: c
        image: busybox
        command: ["sh", "-c", "sleep 5"]
      restartPolicy: Never
YAML
kubectl apply -f queue.yaml
sleep 2
kubectl get job queue
sleep 30
kubectl get job queue
kubectl get pods -l job-name=queue
cat <<'YAML' > cj.yaml
apiVersion: batch/v1
kind: CronJob
metadata:
  name: slow
spec:
  schedule: "*/2 * * * *"
  timeZone: Asia/Tokyo
  concurrencyPolicy: Replace
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: c
            image: busybox
            command: ["sleep", "1000"]
          restartPolicy: Never
YAML
kubectl apply -f cj.yaml
sleep 300
kubectl get cj,jobs
kubectl get job slow-29470152 -o jsonpath='{.metadata.annotations.batch\.kubernetes\.io/cronjob-scheduled-timestamp}'
echo
kubectl patch cj slow -p '{"spec":{"concurrencyPolicy":"Forbid"}}'
sleep 240
kubectl describe cj slow
kubectl patch cj slow -p '{"spec":{"suspend":true}}'
kubectl create job by-hand --from=cronjob/slow
kubectl describe job by-hand
sleep 600
kubectl get cj slow
kubectl create cronjob bad --image=busybox --schedule='* * *'
kubectl create cronjob tz --image=busybox --schedule='@daily' --dry-run=client -o yaml | sed 's/@daily/@often/' | kubectl apply -f -
kubectl create job never --image=busybox --dry-run=client -o yaml | sed 's/Never/Always/' | kubectl apply -f -
kubectl delete cronjob slow
kubectl get jobs
