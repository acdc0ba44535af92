kubectl plugin --help
