kubectl version --client
