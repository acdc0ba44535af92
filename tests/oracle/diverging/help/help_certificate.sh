kubectl certificate --help
