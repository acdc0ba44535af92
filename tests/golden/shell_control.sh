# Lists, and-or chains, loops and conditionals.
true && echo yes || echo no; false && echo yes || echo no
! true; echo $?
echo a; false; echo $?
for i in 1 2 3; do echo "item $i"; done
for i in {1..3}; do echo -n "$i "; done; echo
for i in $(seq 1 3); do echo "seq $i"; done
for x in; do echo never; done; echo empty list
i=0; while [ $i -lt 3 ]; do echo "while $i"; i=$((i + 1)); done
i=0; until [ $i -ge 2 ]; do echo "until $i"; i=$((i + 1)); done
n=0; while (( n < 3 )); do echo $((n++)); done
((x = 3 * 4)); echo $x; (( x > 10 )) && echo big; ((0)); echo $?
for i in 1 2 3 4; do if [ $i = 3 ]; then break; fi; echo "b$i"; done
for i in 1 2 3; do [ $i = 2 ] && continue; echo "c$i"; done
for i in 1 2; do for j in a b c; do [ $j = b ] && continue 2; echo $i$j; done; done
break; echo $?
x=5
if [ $x -gt 3 ]; then echo big; elif [ $x -gt 1 ]; then echo mid; else echo small; fi
if [ -f /nope ]
then
  echo exists
else
  echo "no such file"
fi
for pod in web-1 web-2
do
  echo "checking $pod"
done
[ 1 -lt 2 ] && echo lt; [ a = b ] || echo ne; [ -z "" ] && echo empty
test 3 -gt 2; echo $?; [ ! -n "" ]; echo $?; [ -d /root -a -e /tmp ]; echo $?
[ 1 -lt ]; echo $?
[ abc -eq 1 ]; echo $?
[ 1 = 1; echo $?
{ echo g1; echo g2; } | wc -l
(cd /tmp; X=inner; echo "$X in $(pwd)"); echo "[$X] in $(pwd)"
echo -e 'l1\nl2' | while read line; do echo "got $line"; done
read a b <<< "one two three"; echo "$a|$b"
echo one \
  two \
  three
