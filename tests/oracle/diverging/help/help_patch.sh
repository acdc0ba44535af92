kubectl patch --help
