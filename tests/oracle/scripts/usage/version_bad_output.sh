kubectl version --client -o xml
