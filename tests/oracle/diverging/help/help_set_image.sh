kubectl set image --help
