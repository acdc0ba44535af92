kubectl apply -f - <<EOF
apiVersion: v1
kind: Service
metadata:
  name: ext
spec:
  ports:
  - port: 80
---
apiVersion: v1
kind: Endpoints
metadata:
  name: ext
subsets:
- addresses:
  - ip: 10.1.2.3
  - ip: 10.1.2.4
  ports:
  - port: 80
EOF
kubectl describe svc ext
