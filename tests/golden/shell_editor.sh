# vim, vi and nano open the editor; the native runner cancels it.
echo 'replicas: 1' > d.yaml
vim d.yaml; echo "vim exited $?"
cat d.yaml
vi
nano a.yaml b.yaml
mkdir dir; vim dir
