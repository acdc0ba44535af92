kubectl run --image=nginx
