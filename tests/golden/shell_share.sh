# `share` prints a link that rebuilds this session by replay (outside a
# browser only its fragment: seed, lesson, commands and the time between them).
share
kubectl create deployment web --image=nginx
sleep 2
share
share extra
