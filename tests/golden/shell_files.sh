# The virtual filesystem, redirections and heredocs.
pwd; ls; ls -a
mkdir manifests; cd manifests; pwd
cat > deploy.yaml <<'EOF'
apiVersion: apps/v1
kind: Deployment
metadata:
  name: $NAME
spec:
  replicas: 1
EOF
NAME=web
cat <<EOF > service.yaml
name: $NAME
home: ~ $HOME
EOF
cat <<-EOF
	tabs are stripped
	EOF
ls; ls -l
cat service.yaml
sed -i 's/replicas: 1/replicas: 3/' deploy.yaml; grep replicas deploy.yaml
echo one > out.txt; echo two >> out.txt; cat out.txt
cat missing.txt; echo $?
cat missing.txt 2> /dev/null; echo $?
cat missing.txt 2>&1 | wc -l
ls missing.txt out.txt 2>&1
echo to-stderr >&2 2>/dev/null
echo both &> both.txt; cat both.txt
echo x > /dev/null; cat /dev/null; echo $?
wc -l < deploy.yaml
echo *.yaml; echo "*.yaml"; ls *.json
cd ..; ls manifests
cd manifests/nope; echo $?
cd /tmp; cd -; cd; pwd
mkdir -p a/b/c; mkdir a; echo $?
touch a/b/c/f; ls -R a 2>&1 | head -1; rm a; rm -r a; ls
echo data > f; cp f g; mv g h; ls; cat h
rm f h nothing; rm -f nothing; echo $?
echo hi > manifests; echo $?
mkdir -p x && echo text | tee x/t.txt; cat x/t.txt
