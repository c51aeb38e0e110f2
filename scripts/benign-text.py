#!/usr/bin/env python3
"""False findings on benign text that this repository never saw: the text files of the machine it runs on.

Builds a corpus (the format of corpus/dev.jsonl, without labels) of 3,000-character pieces of source code, licence
headers, documentation, man pages, configuration, logs, Unicode and hardware tables and JSON documents found on a
Debian machine with Python and a JDK, each sent as a Slack message, a GitHub comment, a chat completion or (JSON
documents, and the example requests and responses of the AWS APIs that botocore ships) a body of its own; then, given the answers of CorpusOutcomes for it, counts the findings by type and
rule, and prints each finding that is not an e-mail or IP address with the text around it, for reading.

    python3 scripts/benign-text.py build /tmp/benign.jsonl
    java -Dinterven.plugins.dir=plugins -cp benchmarks/target/benchmarks.jar \\
        io.interven.benchmarks.CorpusOutcomes /tmp/benign.jsonl > /tmp/benign-outcomes.txt
    python3 scripts/benign-text.py count /tmp/benign.jsonl /tmp/benign-outcomes.txt

The sample is random but seeded, so a machine gives the same corpus every time; which files exist differs from
machine to machine. E-mail and IP addresses in such text are mostly real (authors, maintainers, example hosts).
"""
import collections
import glob
import gzip
import json
import os
import random
import re
import sys
import zipfile

PIECE = 3000
PIECES_A_FILE = 3
SKIPPED = ('/test', '/tests/', 'testing', 'fixture', 'shadow', 'ssl/private')
SOURCES = [  # (glob, files)
    ('/usr/lib/python3*/**/*.py', 400), ('/usr/lib/python3/dist-packages/**/*.py', 300),
    ('/root/.pyenv/versions/*/lib/python3*/**/*.py', 300), ('/usr/share/doc/**/copyright', 300),
    ('/usr/share/doc/**/*.md', 100), ('/usr/share/doc/**/*.txt', 100), ('/usr/share/doc/**/*.html', 100),
    ('/usr/include/**/*.h', 300), ('/usr/share/man/**/*.gz', 200), ('/usr/share/perl5/**/*.pm', 150),
    ('/usr/share/perl/**/*.pm', 100), ('/usr/lib/node_modules/**/*.js', 200), ('/usr/lib/node_modules/**/*.md', 150),
    ('/usr/share/javascript/**/*.js', 100), ('/usr/share/i18n/locales/*', 40), ('/usr/share/i18n/charmaps/*', 30),
    ('/usr/share/X11/locale/**/Compose', 10), ('/etc/**/*', 150), ('/var/log/**/*.log', 20),
    ('/root/.m2/repository/**/*.pom', 200), ('/usr/share/google-cloud-sdk/**/*.yaml', 150),
    ('/root/.pyenv/versions/*/lib/python3*/site-packages/awscli/examples/**/*.rst', 400),
    ('/usr/lib/python3/dist-packages/awscli/examples/**/*.rst', 400),
]
# the example requests and responses of the AWS APIs (botocore's examples-1.json), each a body of its own
API_EXAMPLES = ['/root/.pyenv/versions/*/lib/python3*/site-packages/botocore/data/*/*/examples-1.json',
                '/usr/lib/python3/dist-packages/botocore/data/*/*/examples-1.json']
JSON_SOURCES = [('/usr/lib/node_modules/**/*.json', 200), ('/usr/lib/python3/dist-packages/**/*.json', 200),
                ('/usr/share/google-cloud-sdk/**/*.json', 200)]
JDK_SOURCES = sorted(p for p in glob.glob('/usr/lib/jvm/*/lib/src.zip') if os.path.isfile(p))
URLS = [('https://slack.com/api/chat.postMessage', lambda t: {'channel': 'C024BE91L', 'text': t}),
        ('https://api.github.com/repos/acme/app/issues/12/comments', lambda t: {'body': t}),
        ('https://api.openai.com/v1/chat/completions',
         lambda t: {'model': 'gpt-4o', 'messages': [{'role': 'user', 'content': t}]})]


def files(pattern, count, rng):
    found = sorted(p for p in glob.glob(pattern, recursive=True)
                   if os.path.isfile(p) and not any(s in p for s in SKIPPED))
    return rng.sample(found, min(count, len(found)))


def read(path):
    try:
        if path.endswith('.gz'):
            return gzip.open(path, 'rt', encoding='utf-8').read()
        with open(path, encoding='utf-8') as f:
            return f.read()
    except (OSError, UnicodeDecodeError, EOFError):
        return None


def pieces(text):
    return [text[i:i + PIECE] for i in range(0, min(len(text), PIECE * PIECES_A_FILE), PIECE)
            if len(text[i:i + PIECE]) > 200]


def build(out_path):
    rng = random.Random(7)
    texts, documents = [], []
    for pattern, count in SOURCES:
        for path in files(pattern, count, rng):
            texts += [(path, piece) for piece in pieces(read(path) or '')]
    for src in JDK_SOURCES[:1]:
        with zipfile.ZipFile(src) as jdk:
            names = sorted(n for n in jdk.namelist() if n.endswith('.java') and '/test' not in n)
            for name in rng.sample(names, min(400, len(names))):
                texts += [(name, piece) for piece in pieces(jdk.read(name).decode('utf-8', 'replace'))]
    for pattern, count in JSON_SOURCES:
        for path in files(pattern, count, rng):
            text = read(path)
            try:
                document = json.loads(text) if text and len(text) <= 60000 else None
            except ValueError:
                document = None
            if isinstance(document, dict):
                documents.append((path, document))
    for pattern in API_EXAMPLES:
        for path in files(pattern, 150, rng):
            documents += api_examples(path)
    calls = [(path, 'POST', URLS[i % 3][0], URLS[i % 3][1](text)) for i, (path, text) in enumerate(texts)]
    calls += [(path, 'POST', 'https://api.example-saas.com/v1/documents', doc) for path, doc in documents]
    rng.shuffle(calls)
    with open(out_path, 'w') as out:
        for i, (path, method, url, body) in enumerate(calls):
            request = {'method': method, 'url': url, 'headers': {'Content-Type': 'application/json'}, 'body': body}
            out.write(json.dumps({'id': 'benign-%05d' % i, 'source': path, 'request': request}) + '\n')
    print('%d calls (%d texts, %d JSON documents) in %s' % (len(calls), len(texts), len(documents), out_path))


def api_examples(path):
    try:
        with open(path) as f:
            examples = json.load(f).get('examples', {})
    except (OSError, ValueError):
        return []
    return [('%s:%s:%s' % (path, operation, part), example[part])
            for operation, listed in sorted(examples.items()) for example in listed
            for part in ('input', 'output') if isinstance(example.get(part), dict) and example[part]]


def value_at(body, path):
    node = body
    for name, index in re.findall(r"\.([^.\[|]+)|\[(\d+)\]", path.split('|')[0][1:]):
        node = node[int(index)] if index else node.get(name) if isinstance(node, dict) else None
        if node is None:
            return None
    return node if isinstance(node, str) else None


def count(corpus_path, outcomes_path):
    calls = {}
    with open(corpus_path) as corpus:
        for line in corpus:
            case = json.loads(line)
            calls[case['id']] = case
    by_rule, decisions, shown = collections.Counter(), collections.Counter(), []
    with open(outcomes_path) as outcomes:
        for line in outcomes:
            parts = line.rstrip('\n').split(' | ')
            case_id, decision = parts[0].split()[:2]
            decisions[decision] += 1
            for part in parts[1:]:
                words = part.split()
                if len(words) < 6 or part.startswith(('signal ', 'risk ', 'sanitized ')):
                    continue
                entity, rule, path, span = words[0], words[1], words[3], words[4]
                by_rule[(entity, rule)] += 1
                if entity not in ('EMAIL_ADDRESS', 'IP_ADDRESS'):
                    start, end = (int(x) for x in span.split('-'))
                    text = value_at(calls[case_id]['request']['body'], path) if '|' not in path else None
                    around = repr(text[max(0, start - 40):end + 20]) if text else '(a decoded reading: %s)' % path
                    shown.append('%s %s %s %s: %s' % (case_id, entity, rule, calls[case_id]['source'], around))
    print('%d calls: %s' % (sum(decisions.values()), ', '.join('%s %d' % d for d in sorted(decisions.items()))))
    for (entity, rule), n in by_rule.most_common():
        print('%6d  %s %s' % (n, entity, rule))
    print('\n'.join(shown))


if __name__ == '__main__':
    if len(sys.argv) == 3 and sys.argv[1] == 'build':
        build(sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == 'count':
        count(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
