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
