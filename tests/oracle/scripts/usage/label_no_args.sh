kubectl label
