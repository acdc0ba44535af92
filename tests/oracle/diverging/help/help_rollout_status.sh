kubectl rollout status --help
