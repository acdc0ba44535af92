kubectl label pod nope a=b
