# kubernetes.io "Jobs": running the example Job "pi" (concepts/workloads/
# controllers/job), commands as the page gives them; `kubectl wait` stands
# for the learner waiting before `describe`.
kubectl apply -f https://kubernetes.io/examples/controllers/job.yaml
kubectl wait --for=condition=complete job/pi --timeout=300s
kubectl describe job pi
kubectl get job pi -o yaml
pods=$(kubectl get pods --selector=batch.kubernetes.io/job-name=pi --output=jsonpath='{.items[*].metadata.name}')
echo $pods
kubectl logs $pods
kubectl logs jobs/pi
kubectl get jobs
kubectl get pods
kubectl delete job pi
kubectl get pods
