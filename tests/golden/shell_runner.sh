# Runner rules: watchers are interrupted once nothing is left to happen,
# exit leaves subshells, and the simulated clock drives date.
date
sleep 90; date +%T
echo 'first line' > app.log
tail -f app.log
echo "tail ended with $?"
(echo inside; exit 3; echo never); echo "subshell exited $?"
for i in 1 2; do exit 4; done; echo not reached
echo $?
type cd ls if nope
which ls cd; echo $?
