kubectl create serviceaccount sa --dry-run=client -o json
