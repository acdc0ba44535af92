kubectl label --help
