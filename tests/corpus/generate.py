#!/usr/bin/env python3
"""Writes the malformed-input corpus for the CSV reader and the CLI (issue 14): one file per input and a cases.tsv.

cases.tsv columns: input (file name), command (arguments, {input} is the input's path; {dir} its folder),
expect (exit code), message (a fragment stderr must contain; empty for none), records (data records after the
header for the no-silent-loss check: scored + rejected + skipped must equal it; '-' when not checked).
Run from the repository root: python3 tests/corpus/generate.py
"""
import os, random

root = os.path.dirname(os.path.abspath(__file__))
# The corpus is defined over canonical 1.0.0 data (a frozen copy of the 1.0.0 sample), so that it does not move when
# the bundled sample is regenerated; score commands name that instrument.
sample = open(os.path.join(root, 'sample-360-v1.csv'), encoding='utf-8').read().splitlines()
header, rows = sample[0], sample[1:]
width = len(header.split(','))
rng = random.Random(14)
SCORE = 'score {input} --format csv --instrument canonical@1.0.0'

def write(kind, name, data):
    path = os.path.join(root, kind, name)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))

cases = {'csv': [], 'cli': []}
os.makedirs(os.path.join(root, 'http'), exist_ok=True)

def case(name, data, command, expect, message, records='-'):
    write('csv', name, data)
    cases['csv'].append((name, command, str(expect), message, str(records)))

def body(lines):
    return '\n'.join([header] + lines) + '\n'

def field_row(i, col, value):
    f = rows[i].split(',')
    f[col] = value
    return ','.join(f)

# 1. Values that are not numbers in item columns, at several columns.
bad = ['x', 'NaN', 'Infinity', '1e400', '--1', '0x1', '1.2.3', 'abc', '\u221e', '3a', '1 2', '+-3', '3..', '#3', '\u0663']
for k, v in enumerate(bad):
    for col in (3, 50, width - 1):
        name = f'not-a-number-{k:02d}-col{col}.csv'
        case(name, body([rows[0], field_row(1, col, v), rows[2]]), SCORE, 2, 'is not a number', 3)

# 2. Wrong field counts.
for n in (1, 2, 3, width - 1, width + 1, width + 5):
    f = (rows[1].split(',') + ['3'] * 10)[:n]
    case(f'field-count-{n}.csv', body([rows[0], ','.join(f), rows[2]]), SCORE, 2, f'expected {width} fields but found {n}', 3)

# 3. A quote that is never closed, opened on different lines.
for at in range(1, 9):
    lines = rows[:10]
    lines = [l for l in lines]
    lines[at] = lines[at].replace(',', ',"', 4)[:0] + ','.join(lines[at].split(',')[:3]) + ',"' + ','.join(lines[at].split(',')[3:])
    case(f'unclosed-quote-line{at + 2}.csv', body(lines), SCORE, 2, f'the quote opened on line {at + 2} is never closed', at + 1)

# 4. A quote closed lines later: the row swallows the lines between, and the message says why.
for at in range(1, 7):
    lines = list(rows[:10])
    f = lines[at].split(',')
    f[4] = '"' + f[4]
    lines[at] = ','.join(f)
    g = lines[at + 1].split(',')
    g[5] = g[5] + '"'
    lines[at + 1] = ','.join(g)
    case(f'quote-spans-lines-{at + 2}.csv', body(lines), SCORE, 2, f'because the quote opened on line {at + 2} closes only on line {at + 3}', 9)

# 5. Blank and comment lines are skipped and reported, not rejected.
fillers = ['', '   ', '\t', '# comment', '#', '# a,b,c', '#1,2,3']
for k, filler in enumerate(fillers):
    for where in (0, 2, 5):
        lines = list(rows[:6])
        lines.insert(where, filler)
        case(f'skipped-{k}-at{where}.csv', body(lines), SCORE, 0, 'skipped 1 blank or comment line', 7)
    case(f'skipped-before-header-{k}.csv', filler + '\n' + body(rows[:3]), SCORE, 0, 'skipped 1 blank or comment line', 4)

# 6. Encodings: Latin-1 / Windows-1252 bytes, UTF-16, UTF-32, broken UTF-8 sequences.
latin = ['M\u00fcller', 'M\u00f6ller', 'Jos\u00e9', '\u00c5sa', 'Fran\u00e7ois', 'S\u00f8ren', '\u00deor', 'Zo\u00eb']
for k, person in enumerate(latin):
    text = body([person + ',' + person + ',' + ','.join(rows[0].split(',')[2:]), rows[1]])
    case(f'latin1-{k}.csv', text.encode('latin-1'), SCORE, 1, 'is not valid UTF-8')
    case(f'latin1-named-{k}.csv', text.encode('latin-1'), SCORE + ' --encoding iso-8859-1', 0, '', 2)
for enc, bom, msg in (('utf-16-le', b'\xff\xfe', 'UTF-16 byte order mark'), ('utf-16-be', b'\xfe\xff', 'UTF-16 byte order mark'),
                      ('utf-32-le', b'\xff\xfe\x00\x00', 'UTF-32 byte order mark'), ('utf-32-be', b'\x00\x00\xfe\xff', 'UTF-32 byte order mark')):
    text = body(rows[:3])
    case(f'{enc}-bom.csv', bom + text.encode(enc), SCORE, 1, msg)
    case(f'{enc}-no-bom.csv', text.encode(enc), SCORE, 1, 'a NUL character')
case('utf-16-named.csv', b'\xff\xfe' + body(rows[:3]).encode('utf-16-le'), SCORE + ' --encoding utf-16', 0, '', 3)
broken = {'lone-continuation': b'\x80', 'truncated-2': b'\xc3', 'truncated-3': b'\xe2\x82', 'overlong-nul': b'\xc0\x80',
          'overlong-slash': b'\xe0\x80\xaf', 'surrogate': b'\xed\xa0\x80', 'beyond-unicode': b'\xf4\x90\x80\x80', 'ff': b'\xff', 'fe': b'\xfe'}
for k, seq in broken.items():
    for where in ('respondent', 'header', 'end'):
        text = body(rows[:3]).encode('utf-8')
        if where == 'respondent':
            data = text.replace(rows[1].split(',')[0].encode(), rows[1].split(',')[0].encode() + seq, 1)
        elif where == 'header':
            data = seq + text
        else:
            data = text + seq
        case(f'utf8-{k}-{where}.csv', data, SCORE, 1, 'byte offset')
case('utf8-bom.csv', b'\xef\xbb\xbf' + body(rows[:3]).encode(), SCORE, 0, '', 3)
case('nul-in-field.csv', body([rows[0], field_row(1, 5, '3\x00'), rows[2]]), SCORE, 1, 'a NUL character')

# 7. Binary data.
for k in range(12):
    data = bytes(rng.randrange(256) for _ in range(rng.randrange(64, 4096)))
    case(f'binary-{k:02d}.bin', data, SCORE, 1, 'byte offset')

# 8. Headers and whole files.
case('empty.csv', '', SCORE, 1, 'the file is empty')
case('only-blank-lines.csv', '\n\n  \n', SCORE, 1, 'the file is empty')
case('only-comments.csv', '# one\n# two\n', SCORE, 1, 'the file is empty')
case('header-only.csv', header + '\n', SCORE, 0, '', 0)
case('duplicate-column.csv', header + ',CI-M1\n' + rows[0] + ',3\n', SCORE, 1, "duplicate column name 'CI-M1'")
case('unnamed-column.csv', header + ',\n' + rows[0] + ',3\n', SCORE, 1, 'has no name')
case('numeric-header.csv', '1,2,3\n4,5,6\n', SCORE, 1, 'holds numbers, not column names')
case('unknown-item-column.csv', header + ',ZZ-9\n' + rows[0] + ',3\n', SCORE, 1, 'ZZ-9')
case('no-item-columns.csv', 'respondent,name\nr1,x\n', SCORE, 1, 'no item columns')
case('semicolons.csv', '\n'.join(l.replace(',', ';') for l in [header] + rows[:3]) + '\n', SCORE, 0, '', 3)
case('crlf.csv', '\r\n'.join([header] + rows[:3]) + '\r\n', SCORE, 0, '', 3)
case('no-final-newline.csv', '\n'.join([header] + rows[:3]), SCORE, 0, '', 3)

# 9. Roles and respondents.
for k, role in enumerate(['boss', 'sel f', 'x\x1b[31m', 'selff', '1', 'peer-', 'directreport?', 'manager;', 'SELF!', 'r\u00f4le']):
    f = rows[1].split(',')
    f[2] = role
    case(f'bad-role-{k}.csv', body([rows[0], ','.join(f)]), SCORE, 2, 'is not a rater role', 2)
for k, rid in enumerate(['', ' ', 'NA', '""']):
    f = rows[0].split(',')
    f[0] = rid
    case(f'empty-respondent-{k}.csv', body([','.join(f), rows[1]]), SCORE, 2, 'is empty', 2)

# 10. Control characters in values are escaped in messages.
for k, ctl in enumerate(['\x1b[2J', '\x07', '\x1b]0;title\x07', '\x9b31m', '\u202e', '\x08\x08', '\x01', '\x7f']):
    case(f'escape-{k}.csv', body([rows[0], field_row(1, 4, '5' + ctl)]), SCORE, 2, 'is not a number', 2)
# A carriage return alone ends a line, so the row breaks in two.
case('escape-cr.csv', body([rows[0], field_row(1, 4, '5\r')]), SCORE, 2, f'expected {width} fields but found 5', 3)

# 11. The same inputs through the reliability command (no silent loss is checked by the score cases).
REL = 'reliability {input} --scale s=CI-M1,VI-L1,DB-M1'
case('rel-not-a-number.csv', body([rows[0], field_row(1, 3, 'x'), rows[2], rows[3]]), REL, 2, '1 of 4 rows rejected')
case('rel-latin1.csv', body(['M\u00fcller,' + ','.join(rows[0].split(',')[1:]), rows[1], rows[2]]).encode('latin-1'), REL, 1, 'is not valid UTF-8')
case('rel-unclosed-quote.csv', body([rows[0], rows[1].replace(',', ',"', 1), rows[2]]), REL, 2, 'is never closed')
case('rel-blank-lines.csv', body([rows[0], '', rows[1], '# c', rows[2], rows[3]]), REL, 0, 'skipped 2 blank or comment lines')
case('rel-missing-column.csv', body(rows[:3]), 'reliability {input} --scale s=CI-M1,NOPE,NOPE2', 1, "no column named 'NOPE', 'NOPE2'")
case('rel-utf16.csv', b'\xff\xfe' + body(rows[:3]).encode('utf-16-le'), REL, 1, 'UTF-16 byte order mark')
case('rel-utf16-named.csv', b'\xff\xfe' + body(rows[:4]).encode('utf-16-le'), REL + ' --encoding utf-16', 0, '')
case('norms-blank-lines.csv', body([rows[0], '', rows[1], '# c', rows[2], rows[3]]), 'norms build {input} --instrument canonical@1.0.0 --out {dir}/norms-out.json', 0, 'skipped 2 blank or comment lines')
case('norms-1100-rejected.csv', body(rows[:9] + [f'bad{i},1' for i in range(1100)]), 'norms build {input} --instrument canonical@1.0.0 --out {dir}/norms-out.json', 2, 'from 9 profiles (rejected 1100)')
case('norms-latin1.csv', body(['M\u00fcller,' + ','.join(rows[0].split(',')[1:]), rows[1]]).encode('latin-1'), 'norms build {input} --instrument canonical@1.0.0 --out {dir}/norms-out.json', 1, 'is not valid UTF-8')

# CLI options: one file per input holding the arguments, one per line.
def cli(name, args, expect, message):
    write('cli', name + '.args', '\n'.join(args) + '\n')
    cases['cli'].append((name + '.args', '{args}', str(expect), message, '-'))

SAMPLE = '{sample}'
scales = {'dup-item': 's=CI-M1,CI-M1', 'no-items': 's=', 'no-name': '=CI-M1', 'no-equals': 's', 'empty-item': 's=CI-M1,,VI-L1',
          'lone-minus': 's=-', 'spaces-only': 's=  ', 'trailing-comma': 's=CI-M1,', 'leading-comma': 's=,CI-M1', 'double-minus': 's=--CI-M1',
          'unknown-item': 's=NOPE', 'two-equals': 's=a=b', 'only-equals': '=', 'blank': ' ', 'dup-reversed': 's=CI-M1,-CI-M1'}
for k, v in scales.items():
    cli(f'scale-{k}', ['reliability', SAMPLE, '--scale', v], 1, '--scale' if k not in ('unknown-item', 'double-minus', 'two-equals') else 'no column named')
cli('scale-duplicate-name', ['reliability', SAMPLE, '--scale', 's=CI-M1,VI-L1', '--scale', 's=DB-M1,GM-L1'], 1, "the name 's' is used more than once")
for k, v in {'text': 'x', 'one': '1', 'zero': '0', 'negative': '-5', 'huge': '99999999999', 'fraction': '2.5', 'empty': '', 'over': '1001', 'hex': '0x3', 'spaced': ' 3x'}.items():
    cli(f'anonymity-{k}', ['score', SAMPLE, '--anonymity', v], 1, '--anonymity')
for k, v in {'text': 'x', 'zero': '0', 'negative': '-1', 'huge': '3000000000', 'fraction': '1.5', 'over': '10000001', 'empty': ''}.items():
    cli(f'people-{k}', ['simulate', '--people', v, '--seed', '1', '--out', '{dir}/sim.csv'], 1, '--people')
for k, v in {'text': 'x', 'negative': '-1', 'fraction': '1.5', 'huge': '99999999999999999999999'}.items():
    cli(f'seed-{k}', ['simulate', '--people', '2', '--seed', v, '--out', '{dir}/sim.csv'], 1, '--seed')
for opt, vals in {'--reliability': ['0', '1', '1.5', '-0.2', 'x', 'NaN', '1e308'], '--missing': ['1', '-0.1', 'x', 'Infinity'], '--self-bias': ['x', '11', '-1e9']}.items():
    for k, v in enumerate(vals):
        cli(f'simulate{opt[1:]}-{k}', ['simulate', '--people', '2', '--seed', '1', '--out', '{dir}/sim.csv', opt, v], 1, opt)
for k, v in enumerate(['x', 'NaN', '1e999']):
    cli(f'reliability-min-{k}', ['reliability', SAMPLE, '--scale', 's=CI-M1,VI-L1', '--min', v, '--max', '5'], 1, '--min')
cli('reliability-min-only', ['reliability', SAMPLE, '--scale', 's=CI-M1,VI-L1', '--min', '1'], 1, '--min and --max go together')
cli('reliability-min-over-max', ['reliability', SAMPLE, '--scale', 's=CI-M1,VI-L1', '--min', '5', '--max', '1'], 1, 'must be less than --max')
for cmd in (['score', '{dir}'], ['reliability', '{dir}', '--scale', 's=A1'], ['norms', 'build', '{dir}', '--out', '{dir}/n.json'], ['instrument', 'validate', '{dir}'], ['score', SAMPLE, '--norms', '{dir}'], ['score', SAMPLE, '--instrument', '{dir}']):
    cli(f'directory-{len(cases["cli"]):03d}-' + '-'.join(c for c in cmd[:2] if not c.startswith('{')), cmd, 1, 'is a directory')
for cmd in (['score', '{dir}/missing.csv'], ['reliability', '{dir}/missing.csv', '--scale', 's=A1'], ['norms', 'build', '{dir}/missing.csv', '--out', '{dir}/n.json']):
    cli('missing-' + cmd[0], cmd, 1, 'no such file')
for k, v in enumerate(['klingon', 'utf-9', '\x1b[31m', '']):
    cli(f'encoding-{k}', ['score', SAMPLE, '--encoding', v], 1, '--encoding')
cli('format-unknown', ['score', SAMPLE, '--format', 'pdf'], 1, 'pdf')
cli('impute-unknown', ['reliability', SAMPLE, '--scale', 's=CI-M1,VI-L1', '--impute', 'mode'], 1, 'mode')
cli('unknown-option', ['score', SAMPLE, '--frobnicate'], 1, '--frobnicate')
cli('unknown-command', ['frobnicate'], 1, 'frobnicate')


# HTTP: request bodies for the web API sample; command is "METHOD PATH CONTENT-TYPE" ('-' for no content type).
cases['http'] = []
def http(name, data, path, content_type, status, message):
    write('http', name, data)
    cases['http'].append((name, f'POST {path} {content_type}', str(status), message, '-'))

items = [h for h in header.split(',')[3:]]
def rs(rid, values=None, instrument='canonical', version='1.0.0'):
    answers = ','.join(f'"{i}":{v}' for i, v in zip(items, values or [3] * len(items)))
    return '{"instrumentId":"%s","instrumentVersion":"%s","respondentId":"%s","answers":{%s}}' % (instrument, version, rid, answers)
one = rs('r1')
http('valid-one.json', one, '/profiles', 'application/json', 200, '')
http('valid-batch.json', '[' + rs('r1') + ',' + rs('r2') + ']', '/profiles/batch', 'application/json', 200, '')
http('valid-batch-charset.json', '[' + rs('r1') + ']', '/profiles/batch', 'application/json;charset=utf-8', 200, '')
http('valid-problem-json.json', '[' + rs('r1') + ']', '/profiles/batch', 'application/vnd.acme+json', 200, '')
for path in ('/profiles', '/profiles/batch'):
    tag = 'one' if path == '/profiles' else 'batch'
    body = one if tag == 'one' else '[' + one + ']'
    for k, ct in enumerate(['text/plain', '-', 'application/xml', 'text/csv', 'application/x-www-form-urlencoded', 'multipart/form-data', 'application/json;charset=utf-16', 'application/json;charset=latin1', 'json', 'application/jsonx']):
        http(f'{tag}-content-type-{k}.json', body, path, ct, 415, 'application/json')
    for k, seq in broken.items():
        bad = body.encode().replace(b'"r1"', b'"r' + seq + b'"', 1)
        http(f'{tag}-utf8-{k}.json', bad, path, 'application/json', 400, 'not valid UTF-8')
    http(f'{tag}-latin1.json', body.replace('"r1"', '"M\u00fcller"').encode('latin-1'), path, 'application/json', 400, 'not valid UTF-8')
    http(f'{tag}-utf16.json', b'\xff\xfe' + body.encode('utf-16-le'), path, 'application/json', 400, 'not valid UTF-8')
    for k, text in enumerate(['', ' ', '{', '[', 'null', 'true', '"text"', '12', '{"a":}', '[,]', '{}{}', '\u0000', '/* c */ {}', "{'a':1}", '{"instrumentId":"canonical"']):
        http(f'{tag}-malformed-{k}.json', text, path, 'application/json', 400, '')
    http(f'{tag}-not-a-number.json', body.replace(':3,', ':"three",', 1), path, 'application/json', 400, 'answers')
    http(f'{tag}-nan.json', body.replace(':3,', ':NaN,', 1), path, 'application/json', 400, '')
    http(f'{tag}-deep.json', '[' * 5000 + ']' * 5000, path, 'application/json', 400, '')
http('one-unknown-instrument.json', rs('r1', instrument='nope'), '/profiles', 'application/json', 422, 'nope')
http('one-wrong-version.json', rs('r1', version='9.9.9'), '/profiles', 'application/json', 422, '9.9.9')
http('one-out-of-range.json', rs('r1', [7] * len(items)), '/profiles', 'application/json', 422, '')
http('batch-mixed.json', '[' + rs('r1') + ',' + rs('r2', instrument='nope') + ',' + rs('r3', [7] * len(items)) + ']', '/profiles/batch', 'application/json', 200, '"rejected":2')
http('batch-empty.json', '[]', '/profiles/batch', 'application/json', 200, '"scored":0,"rejected":0')
http('batch-object.json', one, '/profiles/batch', 'application/json', 400, '')
http('batch-array-of-arrays.json', '[[' + one + ']]', '/profiles/batch', 'application/json', 400, '$[0]')
http('batch-second-bad.json', '[' + one + ',{"instrumentId":1}]', '/profiles/batch', 'application/json', 400, '$[1]')
http('batch-trailing-comma.json', '[' + one + ',]', '/profiles/batch', 'application/json', 400, '')
http('batch-two-arrays.json', '[' + one + '][]', '/profiles/batch', 'application/json', 400, '')
http('one-array.json', '[' + one + ']', '/profiles', 'application/json', 400, '')

for kind, rows_ in cases.items():
    with open(os.path.join(root, kind, 'cases.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('input\tcommand\texpect\tmessage\trecords\n')
        for r in rows_:
            assert not any('\t' in x or '\n' in x for x in r), r
            f.write('\t'.join(r) + '\n')
print({k: len(v) for k, v in cases.items()})
