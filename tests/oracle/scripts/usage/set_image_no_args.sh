kubectl set image
