kubectl rollout undo --help
