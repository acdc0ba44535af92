# Command substitution, backticks, nesting and $?.
export NODE_PORT=$(echo 31234)
echo NODE_PORT=$NODE_PORT
echo "outer $(echo middle $(echo inner `echo deepest`))"
echo `echo back $(echo nested)`
echo "$(echo "nested \"quotes\" $(echo deep)")"
echo $(echo a; echo b) "$(echo a; echo b)"
Y=$(false); echo $?
Z=$(true); echo $?
echo "$(cd /tmp; pwd)" "$(pwd)"
echo $(printf 'trailing\n\n\n')end
echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo $(echo too deep)))))))))
# The shell side of the tutorials' commands (echo stands in for kubectl).
export NODE_PORT="$(echo 31234)"
echo curl http://"$(echo 192.168.49.2):$NODE_PORT"
echo kubectl get pods -o go-template --template '{{range .items}}{{.metadata.name}}{{"\n"}}{{end}}'
export POD_NAME=$(printf 'web-1\n'); echo Name of the Pod: $POD_NAME
echo kubectl get services/kubernetes-bootcamp -o go-template='{{(index .spec.ports 0).nodePort}}'
