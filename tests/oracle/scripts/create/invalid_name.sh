kubectl create deployment Web --image=nginx --dry-run=client -o yaml | kubectl create -f -
