# Seed 003 (es): scaling a Tomcat deployment and balancing it with a
# LoadBalancer service.
# Adaptations: the seed's manifest is partial and uses apps/v1beta2,
# which a v1.35 cluster no longer serves (shown first); the complete
# manifest uses apps/v1. The seed splits `kubectl expose` over several
# lines without backslashes ("it is one single line"): it is run joined.
cat > tomcat-deployment.yaml <<'YAML'
apiVersion: apps/v1beta2
kind: Deployment
metadata:
  name: tomcat-deployment
spec:
  selector:
    matchLabels:
      app: tomcat
  replicas: 1
  template:
    metadata:
      labels:
        app: tomcat
    spec:
      containers:
      - name: tomcat
        image: tomcat:9.0
        ports:
        - containerPort: 8080
YAML
kubectl apply -f tomcat-deployment.yaml
sed -i 's|apps/v1beta2|apps/v1|' tomcat-deployment.yaml
kubectl apply -f tomcat-deployment.yaml
kubectl scale --replicas=4 deployment/tomcat-deployment
sleep 60
kubectl get deployments
kubectl expose deployment tomcat-deployment --type=LoadBalancer --port=8080 --target-port 8080 --name=tomcat-load-balancer
kubectl describe service tomcat-load-balancer
