kubectl explain pods.spec.nope
kubectl explain pods.nope
kubectl explain frobs
