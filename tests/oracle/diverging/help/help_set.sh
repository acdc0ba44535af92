kubectl set --help
