kubectl rollout restart --help
