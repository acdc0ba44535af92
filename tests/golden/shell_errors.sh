# Errors in bash's own words, with bash's exit statuses.
kubctl get pods
echo $?
./run.sh; echo $?
echo a; ; echo b
echo a | | cat
echo )
if true; then fi
done
for 1x in a; do echo; done
echo "${X^^}"
case x in x) echo y;; esac
f() { echo fn; }
echo hi &
echo >
cd a b
export -z
head -y
ls -z
grep -j x
echo 'unterminated
