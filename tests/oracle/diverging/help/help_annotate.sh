kubectl annotate --help
