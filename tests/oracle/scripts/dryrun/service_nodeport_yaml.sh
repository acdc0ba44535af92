kubectl create service nodeport web --tcp=80:8080 --dry-run=client -o yaml
