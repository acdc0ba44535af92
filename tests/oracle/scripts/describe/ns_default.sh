kubectl describe ns default
