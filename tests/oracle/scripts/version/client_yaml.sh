kubectl version --client -o yaml
