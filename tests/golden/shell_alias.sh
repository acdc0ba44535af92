# alias/unalias (bash's listing, quoting, errors, expansion rules: first words,
# trailing blanks, no self-recursion, quoted words never), type/command -v,
# source/. , <(…), base64, whoami, id — checked against bash 5 and coreutils.
alias
alias ll='ls -l' a="it's" e='echo '
alias
alias ll nope
echo $?
alias -x
echo $?
alias 'a b=c'
unalias
echo $?
unalias nope a
e a b
e e hi
alias x='echo one; echo two'
x | cat
X=1 e set
if true; then e ok; fi
'e' hi
\e hi
type e
command -v e
command -v cd
command -v nosuch; echo $?
command echo plain
alias r1=r2 r2=r1
r1
unalias r1 r2 e
alias
source
echo $?
. /nonexist
echo $?
printf 'alias hi="echo hello"\nhi\n' > rc
source rc
. rc
cat <(echo one; echo two)
echo -n s3cr3t | base64
printf 'czNjcjN0' | base64 -d; echo
printf 'czNjcjN0x' | base64 -d; echo " [$?]"
printf 'czNjcjN' | base64 -d; echo " [$?]"
seq 30 | base64 -w 20
seq 3 | base64 -w0; echo
seq 100 | base64
base64 -w x </dev/null
base64 a b
base64 nofile
whoami
id
id -u; id -g; id -un; id -G
id nobody2
alias k=kubectl
k get po
k version --client | head -1
alias k='kubectl ' g=get po=pods
k g po -A | head -3
source <(kubectl completion bash)
complete -o default -F __start_kubectl k
echo "complete: $?"
echo 'alias kd="kubectl describe"' >> ~/.bashrc
source ~/.bashrc
kd node | head -2
kubectl create secret generic db --from-literal=password=$(echo -n s3cr3t | base64)
