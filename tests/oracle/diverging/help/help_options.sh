kubectl options --help
