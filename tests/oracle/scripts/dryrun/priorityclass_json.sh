kubectl create priorityclass high --value=1000 --dry-run=client -o json
