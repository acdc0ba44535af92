kubectl expose
