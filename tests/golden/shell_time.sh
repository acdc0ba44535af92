# sleep advances simulated time; $SECONDS reads it.
echo $SECONDS
sleep 2; echo $SECONDS
sleep 0.5; sleep 0.5; echo $SECONDS
sleep 1m; echo $SECONDS
for i in 1 2 3; do echo "tick $i at $SECONDS"; sleep 10; done
sleep
sleep abc
sleep -1
