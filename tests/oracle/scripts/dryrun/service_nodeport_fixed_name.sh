kubectl create service nodeport web --tcp=80:8080 --node-port=30080 --dry-run=client -o name
