# kubernetes.io "Running Automated Tasks with a CronJob" (tasks/job/
# automated-tasks-with-cron-jobs), commands as the page gives them; `sleep`
# stands for the minute the learner waits, and the job name is this run's.
kubectl create -f https://k8s.io/examples/application/job/cronjob.yaml
kubectl get cronjob hello
sleep 60
kubectl get jobs
kubectl get cronjob hello
pods=$(kubectl get pods --selector=job-name=hello-29470145 --output=jsonpath={.items[*].metadata.name})
echo $pods
kubectl logs $pods
sleep 180
kubectl get jobs
kubectl describe cronjob hello
kubectl delete cronjob hello
kubectl get jobs
