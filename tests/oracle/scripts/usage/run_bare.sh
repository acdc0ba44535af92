kubectl run
