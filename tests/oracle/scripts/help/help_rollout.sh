kubectl rollout --help
