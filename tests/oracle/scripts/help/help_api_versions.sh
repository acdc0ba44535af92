kubectl api-versions --help
