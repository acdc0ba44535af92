kubectl create deployment web
