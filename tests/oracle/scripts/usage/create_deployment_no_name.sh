kubectl create deployment --image=nginx
