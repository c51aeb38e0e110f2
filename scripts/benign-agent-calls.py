#!/usr/bin/env python3
"""Writes corpus/benign-agent-calls.jsonl: calls agents make every day that hold random-looking values which are no
secrets, labelled with what they do hold (an e-mail address now and then), in the format of corpus/dev.jsonl.

A browser agent posts a form with its CSRF token; an agent pages through an API with continuation and sync tokens,
answers a captcha, sends a client token (public by design); a coding agent comments lock files (integrity hashes,
go.sum, Cargo.lock, pip --hash), image digests, commit SHAs, SSH and PGP public keys, certificates, SRI hashes,
checksums; a chat agent pastes signed URLs (the signature scope of S3 and GCS), e-mail tracking links, log lines
with request and trace ids, data: URLs of images, UUIDs, ULIDs, Ethereum addresses and transaction hashes; and
numbers that are no PII: order, invoice and tracking numbers, Slack timestamps, epoch times, versions, coordinates,
metrics, product codes, MAC addresses, tables and CSV rows of ids.

    python3 scripts/benign-agent-calls.py > corpus/benign-agent-calls.jsonl

Seeded: the same file every time. BenignAgentCallsTest asserts that none of these calls is answered with a
secret, and that PII is found only where a call holds it.
"""
import base64
import json
import random
import string
import uuid

rng = random.Random(20261207)
CASES = []


def rb(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def hexs(n):
    return rb(n).hex()


def b64(n):
    return base64.b64encode(rb(n)).decode()


def b64u(n):
    return base64.urlsafe_b64encode(rb(n)).decode().rstrip('=')


def alnum(n, alphabet=string.ascii_letters + string.digits):
    return ''.join(rng.choice(alphabet) for _ in range(n))


def digits(n):
    return alnum(n, string.digits)


def a_uuid():
    return str(uuid.UUID(bytes=rb(16)))


def json_call(method, url, body, headers=None):
    return {'method': method, 'url': url, 'headers': dict(headers or {}, **{'Content-Type': 'application/json'}),
            'body': body}


def form_call(url, body):
    return {'method': 'POST', 'url': url, 'headers': {'Content-Type': 'application/x-www-form-urlencoded'},
            'body': body}


def slack(text):
    return json_call('POST', 'https://slack.com/api/chat.postMessage', {'channel': 'C024BE91L', 'text': text})


def github(text):
    return json_call('POST', 'https://api.github.com/repos/acme/app/issues/12/comments', {'body': text})


def chat(text):
    return json_call('POST', 'https://api.openai.com/v1/chat/completions',
                     {'model': 'gpt-4o', 'messages': [{'role': 'user', 'content': text}]})


def jira(text):
    return json_call('POST', 'https://acme.atlassian.net/rest/api/3/issue/OPS-%s/comment' % digits(4), {'body': text})


def case(kind, request, email=None):
    entities = [{'type': 'EMAIL_ADDRESS', 'class': 'PII', 'value': email, 'where': 'body'}] if email else []
    CASES.append({'id': 'benign-agent-%s-%03d' % (kind, len(CASES)), 'request': request,
                  'expect': {'classes': ['PII'] if email else [], 'entities': entities},
                  'meta': {'kind': kind, 'note': 'no secret: ' + kind}})


# tokens that prove nothing about their sender, under their usual names, in a JSON body, a form and a query
NON_CREDENTIAL_NAMES = ['authenticity_token', 'csrf_token', 'csrfToken', '_csrf', 'csrfmiddlewaretoken',
                        '__RequestVerificationToken', 'xsrf_token', 'anti_forgery_token', 'pageToken',
                        'nextPageToken', 'continuation_token', 'continuationToken', 'syncToken', 'resumeToken',
                        'deltaToken', 'skipToken', 'cursor', 'idempotency_key', 'state', 'nonce', 'code_challenge',
                        'etag', 'client_token', 'clientToken', 'captcha_token', 'recaptcha_token',
                        'g-recaptcha-response']
for name in NON_CREDENTIAL_NAMES:
    case('token-name', json_call('POST', 'https://app.example.com/api/items', {name: b64u(32), 'q': 'status:open'}))
    case('token-name', form_call('https://app.example.com/submit', '%s=%s&comment=looks+good' % (name, b64u(32))))
    case('token-name', {'method': 'GET', 'url': 'https://api.example.com/v1/items?%s=%s&limit=50' % (name, b64u(32)),
                        'headers': {}})
for header in ['X-CSRF-Token', 'X-XSRF-TOKEN', 'X-Request-Id', 'Idempotency-Key', 'X-Amzn-Trace-Id']:
    case('token-header', json_call('POST', 'https://api.example.com/v1/items', {'a': 1}, {header: b64u(32)}))

for _ in range(4):
    case('integrity', github('lockfile changed:\n"integrity": "sha512-%s"' % b64(64)))
    case('image-digest', slack('deployed ghcr.io/acme/api@sha256:%s to prod' % hexs(32)))
    case('commit-sha', github('Fixed in %s (merged from %s)' % (hexs(20), hexs(20)[:7])))
    case('uuids', json_call('POST', 'https://api.example.com/v1/orders', {'order_id': a_uuid(), 'customer': a_uuid()},
                            {'X-Request-Id': a_uuid()}))
    case('ssh-public-key', github('deploy key: ssh-ed25519 %s ci@build' % base64.b64encode(
        b'\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 ' + rb(32)).decode()))
    case('image-data-url', slack('![chart](data:image/png;base64,%s)' % base64.b64encode(
        b'\x89PNG\r\n\x1a\n' + rb(600)).decode()))
    case('certificate', github('-----BEGIN CERTIFICATE-----\n%s\n-----END CERTIFICATE-----'
                               % '\n'.join(b64(700)[j:j + 64] for j in range(0, 930, 64))))
    case('pgp-public-key', github('-----BEGIN PGP PUBLIC KEY BLOCK-----\n\n%s\n-----END PGP PUBLIC KEY BLOCK-----'
                                  % '\n'.join(b64(500)[j:j + 64] for j in range(0, 668, 64))))
    case('eth-address', slack('send refunds to 0x%s' % hexs(20)))
    case('eth-tx', slack('tx 0x%s confirmed in block %d' % (hexs(32), rng.randint(10 ** 7, 10 ** 8))))
    case('etag', {'method': 'PUT', 'url': 'https://api.example.com/v1/docs/42',
                  'headers': {'If-Match': '"%s"' % hexs(16), 'Content-Type': 'application/json'},
                  'body': {'title': 'Q3 plan'}})
    case('asset-hash', github('bundle: static/js/main.%s.js, static/css/main.%s.css' % (hexs(4), hexs(4))))
    case('jwks-modulus', slack('the JWKS modulus is %s' % b64u(256)))
    case('stripe-publishable', slack('publishable key for checkout.js: pk_live_%s' % alnum(24)))
    case('traceparent', json_call('POST', 'https://api.example.com/v1/x', {'a': 1},
                                  {'traceparent': '00-%s-%s-01' % (hexs(16), hexs(8))}))
    case('sha256sum', github('```\n%s  release-1.4.2.tar.gz\n%s  release-1.4.2.zip\n```' % (hexs(32), hexs(32))))
    case('object-id', json_call('PATCH', 'https://api.example.com/v1/users/%s' % hexs(12),
                                {'_id': hexs(12), 'name': 'Support queue'}))
    case('ulid', slack('event %s processed' % alnum(26, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')))
    case('doc-link', slack('spec: https://docs.google.com/document/d/%s/edit' % alnum(44, string.ascii_letters
                                                                                        + string.digits + '-_')))
    case('csp-nonce', github('<script nonce="%s">init()</script>' % b64(16)))
    case('pip-hash', github('```\nrequests==2.32.3 \\\n    --hash=sha256:%s\n```' % hexs(32)))
    case('go-sum', github('```\ngithub.com/pkg/errors v0.9.1 h1:%s=\n```' % b64(32)[:43]))
    case('cargo-lock', github('```toml\n[[package]]\nname = "serde"\nchecksum = "%s"\n```' % hexs(32)))
    case('sri', github('<script src="https://cdn.example.com/lib.js" integrity="sha384-%s"></script>' % b64(48)))
    case('gravatar', slack('avatar https://www.gravatar.com/avatar/%s?s=80' % hexs(16)))
    case('env-example', github('```\nDATABASE_URL=postgres://user:password@localhost:5432/app\n'
                               'STRIPE_SECRET_KEY=sk_test_your_key_here\nOPENAI_API_KEY=<your-openai-key>\n```'))
    case('actions-secrets', github('```yaml\nenv:\n  NPM_TOKEN: ${{ secrets.NPM_TOKEN }}\n```'))
    case('s3-presigned', slack('download: https://acme-reports.s3.amazonaws.com/q3.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256'
                               '&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%%2F20261207%%2Fus-east-1%%2Fs3%%2Faws4_request'
                               '&X-Amz-Date=20261207T101010Z&X-Amz-Expires=3600&X-Amz-Signature=' + hexs(32)))
    case('gcs-signed', slack('https://storage.googleapis.com/acme/report.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256'
                             '&X-Goog-Credential=svc%40acme.iam.gserviceaccount.com%2F20261207%2Fauto%2Fstorage%2F'
                             'goog4_request&X-Goog-Date=20261207T000000Z&X-Goog-Expires=900&X-Goog-SignedHeaders=host'
                             '&X-Goog-Signature=' + hexs(256)), email='svc@acme.iam.gserviceaccount.com')
    case('mail-tracking', chat('The email said: click https://click.mailer.example.com/ls/click?upn=%s to confirm'
                               % b64u(180)))
    case('log-ids', chat('2026-12-07T10:00:00Z INFO request_id=%s span=%s user=u_%s status=200 duration_ms=%d'
                         % (hexs(16), hexs(8), alnum(12), rng.randint(1, 900))))
    case('commit-log', chat('Summarize:\ncommit %s\nAuthor: Jane Roe <jane@acme.dev>\n\n    fix race in cache\n'
                            % hexs(20)), email='jane@acme.dev')
    case('order', slack('Order #%s shipped, invoice INV-%s-%s, total $%d.%s'
                        % (digits(9), digits(4), digits(6), rng.randint(10, 9999), digits(2))))
    case('tracking', slack('UPS tracking 1Z%s%s, FedEx %s, USPS %s'
                           % (alnum(6, string.ascii_uppercase + string.digits), digits(10), digits(12), digits(22))))
    case('slack-ts', slack('replying to thread_ts %s.%s in channel C0%s' % (digits(10), digits(6), digits(8))))
    case('epoch', jira('job started at %s and ended at %s (epoch ms %s)' % (digits(10), digits(10), digits(13))))
    case('versions', jira('upgraded from v%d.%d.%d to %d.%d.%d (build %s), kernel 5.15.0-%d-generic'
                          % (rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 99), rng.randint(0, 9),
                             rng.randint(0, 30), rng.randint(0, 99), digits(7), rng.randint(10, 150))))
    case('coordinates', slack('meet at %.6f, %.6f' % (rng.uniform(-90, 90), rng.uniform(-180, 180))))
    case('metrics', slack('p50 %d ms, p99 %d ms, %s req/s, heap %s MB'
                          % (rng.randint(1, 99), rng.randint(100, 999), digits(5), digits(4))))
    case('product-codes', jira('UPC %s, EAN %s, ISBN 978-%s-%s-%s-%s'
                               % (digits(12), digits(13), digits(1), digits(3), digits(5), digits(1))))
    case('id-table', jira('| id | qty | price |\n|---|---|---|\n' + '\n'.join(
        '| %s | %d | %s.%s |' % (digits(8), rng.randint(1, 99), digits(3), digits(2)) for _ in range(8))))
    case('ports', jira('listening on 0.0.0.0:%d, pid %s, inode %s' % (rng.randint(1024, 65535), digits(6), digits(9))))
    case('mac', jira('device MAC %s, serial %s' % (':'.join('%02x' % rng.randint(0, 255) for _ in range(6)),
                                                    alnum(12, string.ascii_uppercase + string.digits))))
    case('account-ids', json_call('POST', 'https://api.example.com/v2/accounts/%s/transfers' % digits(10),
                                  {'account_id': digits(10), 'amount_cents': int(digits(6)),
                                   'reference': 'TRX%s' % digits(12)}))
    case('csv-ids', jira('\n'.join(','.join(digits(rng.choice([3, 4, 5, 6, 7, 9, 10])) for _ in range(5))
                                   for _ in range(6))))

for c in CASES:
    print(json.dumps(c, ensure_ascii=False))
