kubectl auth can-i delete nodes
kubectl auth can-i list storageclasses
kubectl auth can-i frob pods
kubectl auth can-i get widgets
