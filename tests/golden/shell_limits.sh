# Runaway commands stop at a named limit with a clear message.
while true; do :; done; echo not reached
echo $?
for i in $(seq 1 20000); do :; done
echo {1..20000} | wc -c
# Exactly the limit is still allowed.
i=0; while [ $i -lt 10000 ]; do i=$((i+1)); done; echo $i
