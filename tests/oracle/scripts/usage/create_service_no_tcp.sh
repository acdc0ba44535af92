kubectl create service clusterip web
