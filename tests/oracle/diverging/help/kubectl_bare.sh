kubectl
