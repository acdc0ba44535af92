# Pipes into the text tools.
printf 'NAME READY STATUS\nweb-1 1/1 Running\nweb-2 0/1 Pending\ndb-1 1/1 Running\n' > pods.txt
cat pods.txt | grep Running
grep -v Running pods.txt
grep -c Running pods.txt
grep -i pending pods.txt
grep -E 'web|db' pods.txt | wc -l
grep -o 'web-[0-9]' pods.txt
grep -n db pods.txt
grep -w web pods.txt; echo $?
grep '(' pods.txt; echo $?
grep -E '(' pods.txt; echo $?
grep
grep -q Running pods.txt && echo found
head -n 2 pods.txt
head -2 pods.txt; tail -1 pods.txt; tail -n +3 pods.txt; head -n -3 pods.txt
wc -l pods.txt; wc -l < pods.txt; cat pods.txt | wc; echo -n abc | wc -c
sort pods.txt
sort -k3 pods.txt | head -2
printf '10\n9\n100\n' | sort -n; printf '10\n9\n100\n' | sort -rn
printf 'b\na\nb\nb\na\n' | sort | uniq -c
printf 'b\na\nb\n' | sort -u
cut -d' ' -f1,3 pods.txt
echo 'a:b:c' | cut -d: -f2-; echo kubernetes | cut -c1-4
cut -f1
awk '{print $1}' pods.txt
awk 'NR>1 {print $1, $NF}' pods.txt
awk '$3 == "Running" {n++} END {print n " running"}' pods.txt
echo 'a:b:c' | awk -F: '{print $2}'
echo '3 4' | awk '{print $1 * $2, $1 / $2}'
awk '{print $1' pods.txt
sed 's/Running/Up/' pods.txt
sed -n '2p' pods.txt; sed '1d' pods.txt | head -1
echo 'image: nginx:1.14' | sed 's|nginx:1.14|nginx:1.16|'
echo 'key=value' | sed -E 's/(.*)=(.*)/\2=\1/'
echo hello | sed 's/l/L/g'
echo x | sed 's/x/y'
echo 'hello' | tr a-z A-Z; echo 'a  b   c' | tr -s ' '; echo 'a-b' | tr -d '-'
seq 3; seq 2 4; seq 1 2 7; seq -s, 5; seq -w 8 10; seq 5 1
seq 1 0 3
seq 1 1000000
kubectl get pods 2>&1 | head -1
