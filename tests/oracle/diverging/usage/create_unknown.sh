kubectl create frobnicate x
