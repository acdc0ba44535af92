kubectl replace --help
