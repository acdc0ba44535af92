kubectl expose deploy nope --port=80
