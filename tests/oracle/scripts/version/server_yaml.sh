kubectl version -o yaml
