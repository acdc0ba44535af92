kubectl annotate pod nope a=b
