kubectl rollout history --help
