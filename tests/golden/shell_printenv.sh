# printenv NAME… prints each set variable's value on its own line and
# exits 1 when any is unset (GNU coreutils on the host, BusyBox and
# coreutils in containers alike).
export COLOR=blue GREETING=hi
printenv COLOR GREETING
echo $?
printenv COLOR NOPE GREETING
echo $?
printenv -x
echo $?
kubectl create configmap cfg --from-literal=COLOR=red --from-literal=GREETING=hello
kubectl create secret generic db --from-literal=DB_PASSWORD=s3cr3t
kubectl run app --image=busybox --restart=Never -- sleep 3600
cat > pod.yaml <<'Y'
apiVersion: v1
kind: Pod
metadata:
  name: app2
spec:
  containers:
  - name: app
    image: nginx
    envFrom:
    - configMapRef:
        name: cfg
    - secretRef:
        name: db
Y
kubectl apply -f pod.yaml
sleep 20
kubectl exec app2 -- printenv COLOR GREETING DB_PASSWORD
echo $?
kubectl exec app2 -- printenv COLOR MISSING DB_PASSWORD
echo $?
kubectl exec app -- printenv HOSTNAME HOME
