kubectl debug --help
