kubectl diff --help
