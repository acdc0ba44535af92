kubectl rollout status
