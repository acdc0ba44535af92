# Runaway commands stop at a named limit with a clear message.
while true; do :; done; echo not reached
echo $?
for i in $(seq 1 20000); do :; done
echo {1..20000} | wc -c
