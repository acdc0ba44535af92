#!/usr/bin/env python3
"""Bytes per top-level module of the release wasm, by function name.

Reads the pre-opt module cargo leaves in target/ (it keeps a name section;
the shipped file in dist/ has none) and attributes every function body to
the first `kubeplay::<module>` its name mentions: the module's own code,
and generic code instantiated for its types (`drop_in_place::<kubeplay::
engine::Cluster>`, serde visitors of `kubeplay::api` types) counted apart.
Functions that mention no kubeplay path go to their crate (std, serde,
yew …); the data section is one row. gzip is zlib level 9 of each group's
bodies concatenated in module order — a group compressed alone, so the
column does not add up to the shipped figure exactly (shared context is
lost; read it as each layer's share, not as what deleting it would save).

usage: scripts/size-by-layer.py [target/wasm32-unknown-unknown/release/kubeplay-web.wasm]
"""
import collections
import re
import sys
import zlib

PATH = sys.argv[1] if len(sys.argv) > 1 else 'target/wasm32-unknown-unknown/release/kubeplay-web.wasm'
# A module of at most this many bytes cannot make the parser loop past it.
SECTIONS_MAX = 10_000


def leb(b, i):
    result = shift = 0
    while True:
        byte = b[i]
        i += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, i


def sections(b):
    i = 8
    for _ in range(SECTIONS_MAX):
        if i >= len(b):
            return
        sid = b[i]
        size, j = leb(b, i + 1)
        yield sid, j, j + size
        i = j + size


def parse(b):
    imported = 0
    bodies = []
    names = {}
    data = 0
    for sid, s, e in sections(b):
        if sid == 2:  # imports: functions among them take the first indices
            n, i = leb(b, s)
            for _ in range(n):
                for _ in range(2):
                    ln, i = leb(b, i)
                    i += ln
                kind = b[i]
                i += 1
                if kind == 0:
                    _, i = leb(b, i)
                    imported += 1
                elif kind == 1:
                    i += 1
                    flags, i = leb(b, i)
                    _, i = leb(b, i)
                    if flags & 1:
                        _, i = leb(b, i)
                elif kind == 2:
                    flags, i = leb(b, i)
                    _, i = leb(b, i)
                    if flags & 1:
                        _, i = leb(b, i)
                elif kind == 3:
                    i += 2
                else:
                    i += 2
        elif sid == 10:
            n, i = leb(b, s)
            for _ in range(n):
                size, j = leb(b, i)
                bodies.append((j, j + size))
                i = j + size
        elif sid == 11:
            data += e - s
        elif sid == 0:
            ln, i = leb(b, s)
            if b[i:i + ln] != b'name':
                continue
            i += ln
            while i < e:
                sub = b[i]
                size, j = leb(b, i + 1)
                if sub == 1:
                    n, k = leb(b, j)
                    for _ in range(n):
                        idx, k = leb(b, k)
                        ln, k = leb(b, k)
                        names[idx] = b[k:k + ln].decode('utf-8', 'replace')
                        k += ln
                i = j + size
    return imported, bodies, names, data


ESCAPES = {'$LT$': '<', '$GT$': '>', '$u20$': ' ', '$RF$': '&', '$BP$': '*', '$C$': ',', '$SP$': '@',
           '$u7b$': '{', '$u7d$': '}', '$u27$': "'", '$u5b$': '[', '$u5d$': ']', '$u3b$': ';', '$u7e$': '~',
           '$u22$': '"', '$u2b$': '+', '$u21$': '!'}


def demangle(name):
    """Rust's legacy mangling (`_ZN8kubeplay3api…17h<hash>E`) back to a path."""
    if not name.startswith('_ZN'):
        return name
    parts, i = [], 3
    for _ in range(1000):
        if i >= len(name) or name[i] == 'E':
            break
        j = i
        while j < len(name) and name[j].isdigit():
            j += 1
        if j == i:
            break
        n = int(name[i:j])
        parts.append(name[j:j + n])
        i = j + n
    if parts and re.fullmatch(r'h[0-9a-f]{16}', parts[-1]):
        parts.pop()
    out = '::'.join(p[1:] if p.startswith('_$') else p for p in parts)
    for k, v in ESCAPES.items():
        out = out.replace(k, v)
    return out.replace('..', '::')


def group(name):
    name = demangle(name)
    m = re.search(r'kubeplay::(\w+)', name)
    if m:
        own = name.startswith('kubeplay::') or name.startswith('<kubeplay::')
        return m.group(1), own
    head = re.sub(r'^[<&*\s]*(dyn |mut |const )?', '', name)
    crate = re.split(r'::|<|\s', head, maxsplit=1)[0] or '?'
    return 'dep:' + crate, True


def main():
    b = open(PATH, 'rb').read()
    imported, bodies, names, data = parse(b)
    own = collections.defaultdict(bytearray)
    gen = collections.defaultdict(bytearray)
    for k, (s, e) in enumerate(bodies):
        g, is_own = group(names.get(imported + k, '?'))
        (own if is_own else gen)[g] += b[s:e]
    gz = lambda x: len(zlib.compress(bytes(x), 9)) if x else 0
    keys = sorted(set(own) | set(gen), key=lambda g: -(len(own[g]) + len(gen[g])))
    total_raw = sum(e - s for s, e in bodies)
    print(f'{PATH}: {len(bodies):,} functions, {total_raw:,} B of code, {data:,} B data section\n')
    print('| group | own code raw | own gzip | generics for its types raw | generics gzip | total gzip |')
    print('|---|---:|---:|---:|---:|---:|')
    deps_raw = deps_gz = 0
    for g in keys:
        a, c = gz(own[g]), gz(gen[g])
        if g.startswith('dep:') and len(own[g]) < 20_000:
            deps_raw += len(own[g])
            deps_gz += a
            continue
        print(f'| {g} | {len(own[g]):,} | {a:,} | {len(gen[g]):,} | {c:,} | {a + c:,} |')
    print(f'| other dependencies (each < 20 KB) | {deps_raw:,} | {deps_gz:,} | | | {deps_gz:,} |')
    ds = bytearray()
    for sid, s, e in sections(b):
        if sid == 11:
            ds += b[s:e]
    print(f'| data section (strings, tables) | {data:,} | {gz(ds):,} | | | {gz(ds):,} |')


if __name__ == '__main__':
    main()
