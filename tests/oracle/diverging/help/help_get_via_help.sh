kubectl help get
