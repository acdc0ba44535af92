cat > tls.crt <<'X'
-----BEGIN CERTIFICATE-----
MIIBhzCCAS2gAwIBAgIUKmuKL/3W7ER2oYxS5e9iTBwSpxIwCgYIKoZIzj0EAwIw
GDEWMBQGA1UEAwwNa3ViZXBsYXkudGVzdDAgFw0yNjEyMDcxOTExMTNaGA8yMTI2
MTExMzE5MTExM1owGDEWMBQGA1UEAwwNa3ViZXBsYXkudGVzdDBZMBMGByqGSM49
AgEGCCqGSM49AwEHA0IABIk70KR5hapXmqg3urCd5AMwVdAY6XHn7d9QSwShQv7b
9SV2hhY193tPoFtZJayiaX8zVwk6hIRY10fJt+/r2RyjUzBRMB0GA1UdDgQWBBS6
u6zQModm65/HLE6+UFlwG0yVoTAfBgNVHSMEGDAWgBS6u6zQModm65/HLE6+UFlw
G0yVoTAPBgNVHRMBAf8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIDeCMzE9fDUm
eFw3txFoPZjliuolnmVfX+pAR7f9QIPCAiEA8asa/ZxnmndJvO7z3pSwXfvVL5db
ogCK+8t5mdtA2ac=
-----END CERTIFICATE-----
X
cat > tls.key <<'X'
-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgFmFtHnZaTAcf4ldJ
Cv00LKPCmrmEWt9ZmHecxA9/Dk6hRANCAASJO9CkeYWqV5qoN7qwneQDMFXQGOlx
5+3fUEsEoUL+2/UldoYWNfd7T6BbWSWsoml/M1cJOoSEWNdHybfv69kc
-----END PRIVATE KEY-----
X
kubectl create secret tls site --cert=tls.crt --key=tls.key --dry-run=client -o yaml | kubectl apply -f -
kubectl get secrets
kubectl describe secret site
kubectl get secret site -o jsonpath='{.data.tls\.key}' | base64 -d
kubectl create secret tls site2 --cert=tls.key --key=tls.crt
kubectl create secret tls site2 --cert=tls.crt --key=tls.key --dry-run=client -o yaml
kubectl create secret tls site3 --cert=tls.crt --key=tls.crt
kubectl create secret tls site3 --cert=tls.crt
