kubectl attach --help
