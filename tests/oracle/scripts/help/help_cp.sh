kubectl cp --help
