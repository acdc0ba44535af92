kubectl apply
