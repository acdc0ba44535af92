kubectl patch deploy nope -p '{"spec":{"replicas":2}}'
