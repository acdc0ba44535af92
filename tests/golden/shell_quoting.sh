# Quoting, escapes, variables and word splitting, as bash does them.
echo a   b "c  d" 'e  f' g\ h
echo "a\"b" 'a\b' "a\\b" "\$x" "\q" $'tab\there' $'it\'s'
X=hello; echo "$X world" '$X' ${X}! "${X}s"
X="1 2  3"; printf '[%s]\n' $X "$X"
E=''; printf '[%s]\n' $E "$E" x$E
echo ${#X} ${UNSET:-default} ${UNSET-other} "${UNSET:+alt}" ${X:+set}
echo ${UNSET:=assigned}; echo $UNSET
F=a.b.c; echo ${F#*.} ${F##*.} ${F%.*} ${F%%.*} ${F/./-} ${F//./-}
P=web-5d4-x7; echo ${P%-*} "${P/#web/api}" ${P/%x7/y8} ${P:4:3} ${P: -2}
echo ~ ~/manifests "~" x~
echo {a,b}{1,2} {5..1} {01..03} {a..e..2} x{}y "{a,b}"
echo $((1 + 2 * 3)) $((10 / 3)) $((10 % 3)) $((2 ** 10)) $(( (1 + 2) * 3 )) $((-7 / 2))
echo $((1 / 0)); echo never printed
echo $?
echo $RANDOM $RANDOM
echo one # a comment
echo a#b #c
export GREETING="hi there"; env | grep GREETING
export A=1 B; env | grep -E '^(A|B)='
B=2; env | grep '^B='
X=1 env | grep '^X='; echo "X is still $X"
unset GREETING; echo "[$GREETING]"
export 1x=2
set | grep '^F='
