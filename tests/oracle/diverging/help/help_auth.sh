kubectl auth --help
