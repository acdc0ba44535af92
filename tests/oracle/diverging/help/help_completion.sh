kubectl completion --help
