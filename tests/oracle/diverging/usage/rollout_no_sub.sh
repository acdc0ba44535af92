kubectl rollout
