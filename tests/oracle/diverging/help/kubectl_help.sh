kubectl help
