# head -c / tail -c count bytes as GNU coreutils does: -c N, -c -N (all
# but the last N), --bytes=N, tail -c +N, suffixes, the last of -n/-c wins.
printf 'hello\nworld\n' > t.txt
head -c 3 t.txt; echo "|"
head -c -3 t.txt; echo "|"
head --bytes=7 t.txt; echo "|"
head -c 1K t.txt | wc -c
head -n 1 -c 2 t.txt; echo "|"
head -c 2 -n 1 t.txt
tail -c 4 t.txt
tail -c +3 t.txt
tail --bytes=-2 t.txt
printf 'abcdef' | head -c 4; echo "|"
head -c abc t.txt; echo $?
tail -c -x t.txt; echo $?
head -c; echo $?
head -c 100 t.txt
