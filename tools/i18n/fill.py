#!/usr/bin/env python3
"""tools/i18n/fill.py BASE_REV TAG...

Brings assets/i18n/TAG.ftl to the keys of en.ftl after a merge: a key en.ftl
gained is inserted (after the key that precedes it in en.ftl) from
tools/i18n/pending/TAG.ftl, a key whose English changed since BASE_REV is
replaced from there, a key en.ftl no longer has is dropped. Keys with no
pending translation are listed; tests/i18n_languages.rs then names anything
still missing. Run from the repository root, e.g.

    python3 tools/i18n/fill.py f4e5378 zh-Hans zh-Hant ko de fr
"""
import re, subprocess, sys
KEY = re.compile(r'^([A-Za-z][\w-]*) =')

def entries(text):
    """[(key or None, [lines])] keeping every line."""
    lines = text.split('\n')
    out = []
    i = 0
    while i < len(lines):
        m = KEY.match(lines[i])
        if not m:
            out.append((None, [lines[i]])); i += 1; continue
        block = [lines[i]]; i += 1
        while i < len(lines):
            if lines[i].startswith(' ') or lines[i].startswith('}'):
                block.append(lines[i]); i += 1; continue
            if lines[i].strip() == '':
                j = i
                while j < len(lines) and lines[j].strip() == '': j += 1
                if j < len(lines) and lines[j].startswith(' '):
                    block.extend(lines[i:j]); i = j; continue
            break
        out.append((m.group(1), block))
    return out

def table(text):
    return {k: b for k, b in entries(text) if k}

base_rev = sys.argv[1]
en_now = table(open('assets/i18n/en.ftl').read())
en_base = table(subprocess.run(['git', 'show', f'{base_rev}:assets/i18n/en.ftl'], capture_output=True, text=True).stdout)
order = list(en_now)
for tag in sys.argv[2:]:
    path = f'assets/i18n/{tag}.ftl'
    ents = entries(open(path).read())
    tr = table(open(f'tools/i18n/pending/{tag}.ftl').read())
    have = {k for k, _ in ents if k}
    changed = {k for k in en_now if k in en_base and en_now[k] != en_base[k]}
    todo, missing = [], []
    # drop keys English no longer has; replace changed ones
    new = []
    for k, b in ents:
        if k and k not in en_now:
            continue
        if k in changed:
            if k in tr: b = tr[k]
            else: missing.append(k + ' (changed)')
        new.append((k, b))
    ents = new
    for idx, k in enumerate(order):
        if k in have: continue
        if k not in tr:
            missing.append(k); continue
        # after the nearest earlier key present
        pos = len(ents)
        for prev in reversed(order[:idx]):
            found = [i for i, (kk, _) in enumerate(ents) if kk == prev]
            if found: pos = found[0] + 1; break
        ents.insert(pos, (k, tr[k]))
        have.add(k)
    open(path, 'w').write('\n'.join(l for _, b in ents for l in b))
    print(tag, 'missing:', missing)
