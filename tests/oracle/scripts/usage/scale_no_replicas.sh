kubectl scale deploy/web
