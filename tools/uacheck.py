#!/usr/bin/env python3
# Copied from the project's shared tools (../shared/tools/uacheck.py) so that CI runs it in a clean clone.
"""A few machine-checkable PDF/UA-1 (ISO 14289-1) / Matterhorn conditions, read with qpdf --json.
Not a validator: it checks what can be checked without one.
  catalog: /MarkInfo /Marked true, /Lang, /StructTreeRoot, /ViewerPreferences /DisplayDocTitle true
  metadata: XMP has dc:title and pdfuaid:part=1
  content: every painting operator of every page (and of its Form XObjects) is inside marked
           content that is either /Artifact or has an /MCID (a Form XObject counts as its Do),
           and each MCID is in the structure tree
  structure: Figure/Formula elements have /Alt (or /ActualText); pages with annotations have /Tabs /S;
           fonts embedded; the reading order (structure tree, depth-first) is printed with -v
Usage: uacheck.py [-v] FILE.pdf   (exit 1 when a problem is found)"""
import base64, json, re, subprocess, sys, zlib
PAINT = {b'Tj', b'TJ', b"'", b'"', b'Do', b'S', b's', b'f', b'F', b'f*', b'B', b'B*', b'b', b'b*', b'sh', b'EI'}
def qjson(path):
    out = subprocess.run(['qpdf', '--json=2', '--json-stream-data=inline', '--decode-level=generalized', path], capture_output=True).stdout
    return json.loads(out)
def tokens(data):
    i, n = 0, len(data)
    ws = b' \t\r\n\x0c\x00'
    while i < n:
        c = data[i:i+1]
        if c in (b' ', b'\t', b'\r', b'\n', b'\x0c', b'\x00'): i += 1; continue
        if c == b'%':
            while i < n and data[i:i+1] not in (b'\r', b'\n'): i += 1
            continue
        if c == b'(':
            depth, j = 1, i + 1
            while j < n and depth:
                ch = data[j:j+1]
                if ch == b'\\': j += 2; continue
                if ch == b'(': depth += 1
                elif ch == b')': depth -= 1
                j += 1
            yield ('str', data[i:j]); i = j; continue
        if data[i:i+2] == b'<<': yield ('dict<', b'<<'); i += 2; continue
        if data[i:i+2] == b'>>': yield ('dict>', b'>>'); i += 2; continue
        if c == b'<':
            j = data.index(b'>', i); yield ('hex', data[i:j+1]); i = j + 1; continue
        if c in (b'[', b']', b'{', b'}'): yield ('punct', c); i += 1; continue
        if c == b'/':
            j = i + 1
            while j < n and data[j:j+1] not in (b' ', b'\t', b'\r', b'\n', b'\x0c', b'/', b'[', b']', b'(', b')', b'<', b'>', b'{', b'}', b'%'): j += 1
            yield ('name', data[i:j]); i = j; continue
        j = i
        while j < n and data[j:j+1] not in (b' ', b'\t', b'\r', b'\n', b'\x0c', b'/', b'[', b']', b'(', b')', b'<', b'>', b'{', b'}', b'%'): j += 1
        word = data[i:j]; i = j
        if re.fullmatch(rb'[+-]?(\d+\.?\d*|\.\d+)', word) or word in (b'true', b'false', b'null'): yield ('num', word)
        else:
            yield ('op', word)
            if word == b'ID':  # inline image data up to EI
                k = data.index(b'EI', i); i = k + 2; yield ('op', b'EI')
def check_content(data, where, problems, mcids):
    stack, operands = [], []
    for kind, tok in tokens(data):
        if kind != 'op': operands.append((kind, tok)); continue
        if tok == b'BDC':
            tag = next((t for k, t in operands if k == 'name'), b'?')
            m = re.search(rb'/MCID\s+(\d+)', b' '.join(t for k, t in operands))
            stack.append((tag, int(m.group(1)) if m else None))
            if m: mcids.add(int(m.group(1)))
        elif tok == b'BMC':
            stack.append((next((t for k, t in operands if k == 'name'), b'?'), None))
        elif tok == b'EMC':
            if stack: stack.pop()
            else: problems.append(f'{where}: EMC without BMC/BDC')
        elif tok in PAINT:
            if not any(tag == b'/Artifact' or mcid is not None for tag, mcid in stack):
                problems.append(f'{where}: "{tok.decode()}" painted outside marked content (neither artifact nor MCID)')
        operands = []
    return problems
def main():
    verbose = '-v' in sys.argv
    path = [a for a in sys.argv[1:] if a != '-v'][0]
    j = qjson(path)['qpdf'][1]
    objs = {k.split(':')[1].replace(' 0 R', ''): v for k, v in j.items() if k.startswith('obj:')}
    def deref(x):
        if isinstance(x, str) and x.endswith(' 0 R'): return objs.get(x.replace(' 0 R', ''), {}).get('value', objs.get(x.replace(' 0 R', ''), {}).get('stream', {}).get('dict'))
        return x
    trailer = j['trailer']['value']
    cat = deref(trailer['/Root'])
    problems, info = [], []
    mark = deref(cat.get('/MarkInfo', {})) or {}
    if mark.get('/Marked') is not True: problems.append('catalog: /MarkInfo /Marked is not true (not a tagged PDF)')
    if not cat.get('/Lang'): problems.append('catalog: no /Lang')
    else: info.append(f"Lang {cat['/Lang']}")
    vp = deref(cat.get('/ViewerPreferences', {})) or {}
    if vp.get('/DisplayDocTitle') is not True: problems.append('catalog: /ViewerPreferences /DisplayDocTitle is not true')
    meta = objs.get(cat.get('/Metadata', '').replace(' 0 R', ''), {}).get('stream', {})
    xmp = base64.b64decode(meta.get('data', '')).decode('utf-8', 'replace')
    if 'dc:title' not in xmp: problems.append('metadata: no dc:title in XMP')
    if not re.search(r'pdfuaid:part\s*(=\s*"1"|>\s*1\s*<)', xmp): problems.append('metadata: no pdfuaid:part=1 in XMP (PDF/UA identification)')
    root = deref(cat.get('/StructTreeRoot')) if '/StructTreeRoot' in cat else None
    if root is None: problems.append('catalog: no /StructTreeRoot')
    # pages, content, annotations, fonts
    def pages(node):
        node = deref(node)
        if node.get('/Type') == '/Pages':
            for kid in node['/Kids']: yield from pages(kid)
        else: yield node
    mcids_by_page = {}
    for n, page in enumerate(pages(cat['/Pages']), 1):
        contents = page.get('/Contents', [])
        contents = contents if isinstance(contents, list) else [contents]
        data = b''.join(base64.b64decode(objs[c.replace(' 0 R', '')]['stream'].get('data', '')) + b'\n' for c in contents)
        used = set(); check_content(data, f'page {n}', problems, used); mcids_by_page[n] = used
        res = deref(page.get('/Resources', {})) or {}
        # A Form XObject's content belongs to the marked-content sequence its Do is in: only the
        # page's own operators (Do included) are checked.
        if page.get('/Annots') and page.get('/Tabs') != '/S': problems.append(f'page {n}: annotations but no /Tabs /S')
        if root is not None and '/StructParents' not in page: problems.append(f'page {n}: no /StructParents')
        for fname, f in (deref(res.get('/Font', {})) or {}).items():
            f = deref(f); d = deref(f.get('/DescendantFonts', [None])[0]) if '/DescendantFonts' in f else f
            fd = deref(d.get('/FontDescriptor', {})) if d else {}
            if not any(k in (fd or {}) for k in ('/FontFile', '/FontFile2', '/FontFile3')): problems.append(f'page {n}: font {f.get("/BaseFont")} not embedded')
    # structure tree walk: reading order, Alt on figures, MCIDs reached
    reached, order = set(), []
    def walk(node, depth):
        node = deref(node)
        if isinstance(node, int): reached.add(node); return
        if not isinstance(node, dict): return
        if node.get('/Type') == '/MCR': reached.add(node.get('/MCID')); return
        s = node.get('/S')
        if s:
            alt = node.get('/Alt') or node.get('/ActualText')
            order.append('  ' * depth + s[1:] + (f'  Alt="{alt[2:] if isinstance(alt, str) else alt}"' if alt else ''))
            if s in ('/Figure', '/Formula') and not alt: problems.append(f'structure: {s[1:]} without /Alt')
        k = node.get('/K')
        for kid in (k if isinstance(k, list) else [k] if k is not None else []): walk(kid, depth + 1)
    if root is not None: walk(root.get('/K'), 0)
    used_all = set().union(*mcids_by_page.values()) if mcids_by_page else set()
    if root is not None and used_all - reached: problems.append(f'structure: MCIDs {sorted(used_all - reached)} in content but not in the structure tree')
    print(f'{path}: {len(problems)} problem(s); ' + ', '.join(info))
    seen = {}
    for p in problems:
        key = re.sub(r'page \d+', 'page N', p); seen[key] = seen.get(key, 0) + 1
    for p, c in seen.items(): print(f'  - {p}' + (f'  (×{c})' if c > 1 else ''))
    if verbose and order: print('  reading order (structure tree):'); [print('    ' + o) for o in order]
    sys.exit(1 if problems else 0)
main()
