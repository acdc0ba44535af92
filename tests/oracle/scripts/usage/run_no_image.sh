kubectl run p
