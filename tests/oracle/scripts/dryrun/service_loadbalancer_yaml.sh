kubectl create service loadbalancer web --tcp=80 --dry-run=client -o yaml
