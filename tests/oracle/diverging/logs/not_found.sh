kubectl logs nope
