kubectl get pods -o jsonpath={.items[
