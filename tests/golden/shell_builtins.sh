# The first terminal slice: help, echo, history, clear and unknown commands.
help
echo hello kubeplay
echo -n no newline
echo "quoted   spaces" 'single $quotes'
kubctl get pods
history
clear
