kubectl config get-contexts --help
