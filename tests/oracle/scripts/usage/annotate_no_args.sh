kubectl annotate
