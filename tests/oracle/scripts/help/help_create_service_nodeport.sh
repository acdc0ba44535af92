kubectl create service nodeport --help
