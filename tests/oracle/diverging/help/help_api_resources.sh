kubectl api-resources --help
