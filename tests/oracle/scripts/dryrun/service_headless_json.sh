kubectl create service clusterip web --clusterip=None --dry-run=client -o json
