kubectl create ingress ing --rule="example.com/=web:80" --dry-run=client -o yaml
