# kubectl run -it: an attached shell (busybox ash, nginx bash), --rm, --restart=Never exit codes, and kubectl's refusals.
kubectl run -it bb --image=busybox -- sh
ls
echo $HOSTNAME
wget -qO- http://nope
exit 2
kubectl get pods
sleep 20
kubectl get pods
kubectl run -it --rm tmp --image=busybox --restart=Never -- sh
hostname
exit
kubectl get pods
kubectl run -i --rm once --image=busybox --restart=Never -- echo hi
kubectl run -t x --image=busybox
kubectl run --rm y --image=busybox
kubectl run -it ng --image=nginx --rm --restart=Never -- bash
curl -s localhost | head -4
exit 3
kubectl run -it bad --image=busybox:nope -- sh
