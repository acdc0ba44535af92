kubectl autoscale --help
