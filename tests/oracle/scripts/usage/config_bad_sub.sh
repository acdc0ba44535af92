kubectl config frob
