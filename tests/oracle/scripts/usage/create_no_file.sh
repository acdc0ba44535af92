kubectl create
