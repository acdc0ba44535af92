cat > s.yaml <<'X'
apiVersion: v1
kind: Secret
metadata:
  name: mysecret
stringData:
  password: one
X
kubectl apply -f s.yaml
sed -i 's/one/two/' s.yaml
kubectl apply -f s.yaml
kubectl apply -f s.yaml
kubectl get secret mysecret -o jsonpath='{.data.password}' | base64 -d
kubectl patch secret mysecret -p '{"stringData":{"extra":"x"}}'
kubectl get secret mysecret -o jsonpath='{.data}'
kubectl patch secret mysecret --type=merge -p '{"type":"kubernetes.io/tls"}'
kubectl label secret mysecret a=b
kubectl get secrets --show-labels
kubectl delete secret mysecret
kubectl create secret generic imm --from-literal=a=1 --dry-run=client -o yaml > imm.yaml
echo 'immutable: true' >> imm.yaml
kubectl apply -f imm.yaml
kubectl patch secret imm -p '{"data":{"a":"Mg=="}}'
kubectl patch secret imm --type=merge -p '{"immutable":false}'
kubectl label secret imm a=b
kubectl create configmap cm --from-literal=a=1 --dry-run=client -o yaml > cm.yaml
echo 'immutable: true' >> cm.yaml
kubectl apply -f cm.yaml
kubectl patch configmap cm -p '{"data":{"a":"2"}}'
