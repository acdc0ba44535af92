# Containers that behave like their images: sh/bash inside pods run the terminal's shell language (pipes, ;, &&, ||, redirection, variables, $(…), loops) with the image's own programs and files.
kubectl create deployment web --image=nginx
kubectl expose deployment web --port=80
kubectl run bb --image=busybox -- sleep 3600
sleep 30
WEB=$(kubectl get pods -l app=web -o jsonpath='{.items[0].metadata.name}')
kubectl exec bb -- sh -c 'echo hi > /tmp/x; cat /tmp/x'
kubectl exec bb -- cat /tmp/x
kubectl exec bb -- sh -c 'for i in 1 2 3; do echo $i; done'
kubectl exec bb -- sh -c 'X=$(hostname); echo "I am $X" && false || echo "status $?"'
kubectl exec bb -- sh -c 'frobnicate; echo $?'
kubectl exec bb -- wget -qO- http://web
kubectl exec bb -- wget -q -O /tmp/page web
kubectl exec bb -- sh -c 'wc -l < /tmp/page; grep -c nginx /tmp/page'
kubectl exec bb -- wget --spider http://web
kubectl exec bb -- wget -qO- http://nope
kubectl exec bb -- nslookup web
kubectl exec bb -- nslookup nope
kubectl exec bb -- which wget nslookup sh
kubectl exec bb -- ps
kubectl exec bb -- bash
kubectl exec $WEB -- sh -c 'cat /etc/os-release | head -2'
kubectl exec $WEB -- bash -c 'ps aux'
kubectl exec $WEB -- ps aux
kubectl exec $WEB -- bash -c 'ls /usr/share/nginx/html | sort -r; echo done'
printf 'cd /tmp\necho $PWD\nnope\nexit 4\n' | kubectl exec -i bb -- sh
printf 'cd /nope\nfor i in a b\ndo echo $i\ndone\n' | kubectl exec -i $WEB -- sh
kubectl run -it tmp --image=busybox --rm --restart=Never -- sh
echo hi > /tmp/x; cat /tmp/x
cat /etc/os-release
cd /nope
for i in 1 2 3; do echo $i; done | tail -1
exit
kubectl exec -it $WEB -- bash
ps aux
echo $?
cat /etc/os-release | head -2 && cd /usr/share/nginx/html
ls
exit
kubectl exec -it $WEB -- sh
nope
exit
kubectl exec -it bb -- sh
cat /tmp/x
wget -O /tmp/index.html web
wc -c /tmp/index.html
exit
kubectl run fetch --image=busybox --restart=Never -- wget -qO- web
kubectl run dns --image=busybox --restart=Never -- nslookup web
kubectl run bad --image=busybox --restart=Never -- sh -c 'echo start; wget -qO- http://nope'
sleep 10
kubectl get pods fetch dns bad
kubectl logs fetch | head -4
kubectl logs dns
kubectl logs bad
