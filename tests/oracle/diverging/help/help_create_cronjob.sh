kubectl create cronjob --help
