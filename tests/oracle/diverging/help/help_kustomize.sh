kubectl kustomize --help
