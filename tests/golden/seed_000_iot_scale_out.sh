# Seed 000 (zh-TW, 2017): scaling out an IoT server with `kubectl scale`.
# Adaptations: the seed starts from a running cluster, so its two
# deployments and services are created first; the seed's output comes
# from a 2017 kubectl (po/, svc/, deploy/ prefixes, DESIRED/CURRENT
# columns) — a v1.35 cluster prints pod/, service/, deployment.apps/ and
# READY. The seed's external IP on iot-server is given with --external-ip.
kubectl create deployment iot-couchdb --image=couchdb:1.6 --port=5984
kubectl expose deployment iot-couchdb --port=5984
kubectl create deployment iot-server --image=kubeplay/iot-server --port=3000
kubectl expose deployment iot-server --port=3000 --external-ip=10.244.3.18
sleep 60
kubectl get pods,svc,deploy
kubectl scale --replicas=3 deploy/iot-server
sleep 30
kubectl get pods,svc,deploy
