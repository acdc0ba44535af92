kubectl edit --help
