kubectl events --help
