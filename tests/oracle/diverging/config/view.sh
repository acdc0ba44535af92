kubectl config view
