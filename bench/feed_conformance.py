#!/usr/bin/env python3
"""Feed parser conformance: `lede feed show --json` against a feed test suite in
Universal Feed Parser's format (each XML file opens with a comment holding `Expect:` and a
Python expression on the parse; each JSON file has a "__tests" list of them).

usage: bench/feed_conformance.py LEDE SUITE_DIR [-v]
  LEDE       the command to run, e.g. bin/lede (or a wrapper around another build's jar)
  SUITE_DIR  a folder holding the suite's tests/ tree; nothing of it is kept in this repository

Serves SUITE_DIR on http://127.0.0.1:8097/ (the address the suite's expectations name, so
that links resolve against the feed's URL as they would for a subscribed feed; `Header:`
lines in a file's comment become response headers), runs `LEDE feed show URL --json` for
each file, two at a time, maps Lede's JSON onto the names the expectations use, and
evaluates those that touch only fields Lede emits. How fields map:
  - titles are plain text: equal to the expected string or to its text content;
  - summary/content are HTML: equal after a canonical serialisation (attribute order,
    entities, whitespace); summary falls back to content, as the suite's parser does;
  - dates are ISO 8601: *_parsed compares the UTC time tuple, a raw date string compares
    the instant; updated falls back to published;
  - a missing value (null) equals '';
  - `bozo` (the suite's well-formedness flag) is dropped from expressions.
Expectations on fields Lede does not emit (title_detail.type, links[n].rel, enclosures,
author emails, feed-level authors, ...) are skipped and counted apart. A file passes when
all its applicable expectations hold. Prints the failures, a table per folder and the total.
"""
import ast
import calendar
import concurrent.futures
import datetime
import email.utils
import html
import html.parser
import http.server
import json
import os
import re
import subprocess
import sys
import threading
import time

LEDE, SUITE = sys.argv[1], sys.argv[2]
VERBOSE = '-v' in sys.argv
PORT = 8097
DB = os.path.join(os.environ.get('TMPDIR', '/tmp'), 'lede-feed-conformance-%d.db' % os.getpid())


# ---------- server ----------
class Handler(http.server.SimpleHTTPRequestHandler):
    def __init__(self, *a, **k):
        super().__init__(*a, directory=SUITE, **k)

    def log_message(self, *a):
        pass

    def end_headers(self):
        path = self.translate_path(self.path)
        if os.path.isfile(path):
            head = open(path, 'rb').read(1000).decode('utf-8', 'replace')
            for m in re.finditer(r'^Header:\s*([\w-]+):\s*(.*)$', head, re.M):
                if m.group(1).lower() != 'content-type':
                    self.send_header(m.group(1), m.group(2).strip())
        super().end_headers()

    def guess_type(self, path):
        head = open(path, 'rb').read(1000).decode('utf-8', 'replace') if os.path.isfile(path) else ''
        m = re.search(r'^Header:\s*Content-type:\s*(.*)$', head, re.M | re.I)
        if m:
            return m.group(1).strip()
        return 'application/json' if path.endswith('.json') else 'application/xml'


server = http.server.ThreadingHTTPServer(('127.0.0.1', PORT), Handler)
threading.Thread(target=server.serve_forever, daemon=True).start()


# ---------- value types that compare as our contract means ----------
class _Text(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out = []

    def handle_data(self, d):
        self.out.append(d)


def _parsed(parser, s, blanks):
    """What `parser` collects from the HTML `s`, runs of `blanks` made one space."""
    parser.feed(s)
    parser.close()
    return re.sub(blanks, ' ', ''.join(parser.out)).strip()


def plain(s):
    return _parsed(_Text(), s, r'[ \t\r\n]+')


VOID = {'br', 'img', 'hr', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'source', 'wbr'}


class _Canon(_Text):
    def handle_starttag(self, tag, attrs):
        a = ''.join(' %s="%s"' % (k, v or '') for k, v in sorted(attrs) if k != 'xmlns')
        self.out.append('<%s%s>' % (tag, a))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID:
            self.out.append('</%s>' % tag)

    def handle_endtag(self, tag):
        if tag not in VOID:
            self.out.append('</%s>' % tag)


def canon(s):
    return _parsed(_Canon(), s, r'\s+')


class TitleStr(str):
    """Our titles are plain text: equal to the expected string, or to its text content."""
    def __eq__(self, other):
        if not isinstance(other, str):
            return False
        return str(self) == other or str(self) == plain(other) or str(self) == other.strip()

    __hash__ = str.__hash__

    def __ne__(self, other):
        return not self.__eq__(other)


class HtmlStr(str):
    """Our HTML fields: equal when the markup is the same after canonical serialisation."""
    def __eq__(self, other):
        if not isinstance(other, str):
            return False
        return str(self) == other or canon(str(self)) == canon(other)

    __hash__ = str.__hash__

    def __ne__(self, other):
        return not self.__eq__(other)


def parse_any_date(s):
    s = s.strip()
    try:
        return datetime.datetime.fromisoformat(s.replace('Z', '+00:00'))
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError):
        return None


class DateStr(str):
    """Our dates are ISO 8601: equal to the feed's raw date string when they are the same instant."""
    def __eq__(self, other):
        if not isinstance(other, str):
            return False
        if str(self) == other:
            return True
        a, b = parse_any_date(str(self)), parse_any_date(other)
        if a is None or b is None:
            return False
        if b.tzinfo is None:
            b = b.replace(tzinfo=datetime.timezone.utc)
        return a == b

    __hash__ = str.__hash__

    def __ne__(self, other):
        return not self.__eq__(other)


class D(dict):
    def __getattr__(self, k):
        try:
            return self[k]
        except KeyError:
            raise AttributeError(k)


def struct(iso):
    if not iso:
        return None
    dt = datetime.datetime.fromisoformat(iso)
    return time.gmtime(calendar.timegm(dt.utctimetuple())) if dt.year >= 1900 else \
        time.struct_time(dt.astimezone(datetime.timezone.utc).timetuple()[:8] + (0,))


def env_of(out):
    def s(v, cls):
        return cls('' if v is None else v)

    feed = D(title=s(out.get('title'), TitleStr), link=s(out.get('link'), str))
    feed['title_detail'] = D(value=feed['title'])
    feed['links'] = [D(href=feed['link'])] if out.get('link') is not None else []
    entries = []
    for i in out.get('items', []):
        e = D()
        e['id'] = e['guid'] = s(i.get('id'), str)
        e['title'] = s(i.get('title'), TitleStr)
        e['title_detail'] = D(value=e['title'])
        e['link'] = s(i.get('link'), str)
        e['links'] = [D(href=e['link'])] if i.get('link') is not None else []
        pub, upd = i.get('published'), i.get('updated')
        e['published'] = s(pub, DateStr)
        e['published_parsed'] = struct(pub)
        # feedparser falls back from updated to published
        e['updated'] = s(upd if upd else pub, DateStr)
        e['updated_parsed'] = struct(upd if upd else pub)
        e['author'] = s(i.get('author'), TitleStr)
        e['author_detail'] = D(name=e['author'])
        summary = i.get('summary') if i.get('summary') is not None else i.get('content')
        e['summary'] = e['description'] = s(summary, HtmlStr)
        e['content'] = [D(value=HtmlStr(i['content']))] if i.get('content') is not None else []
        e['tags'] = [D(term=TitleStr(c)) for c in i.get('categories', [])]
        if i.get('categories'):
            e['category'] = TitleStr(i['categories'][0])
        entries.append(e)
    return {'feed': feed, 'channel': feed, 'entries': entries, 'items': entries, 'len': len, 'str': str}


# ---------- which expectations apply ----------
SUPPORTED = {'feed', 'channel', 'entries', 'items', 'len', 'title', 'title_detail', 'value', 'link', 'links',
             'href', 'id', 'guid', 'published', 'published_parsed', 'updated', 'updated_parsed', 'author',
             'author_detail', 'name', 'summary', 'description', 'content', 'tags', 'term', 'category',
             'str'}


class DropBozo(ast.NodeTransformer):
    def visit_BoolOp(self, node):
        self.generic_visit(node)
        vals = [v for v in node.values if not mentions_bozo(v)]
        if not vals:
            return ast.Constant(value='BOZO_ONLY')
        if len(vals) == 1:
            return vals[0]
        node.values = vals
        return node


def mentions_bozo(node):
    return any(isinstance(n, ast.Name) and n.id.startswith('bozo') for n in ast.walk(node))


def applicable(expr):
    tree = ast.parse(expr, mode='eval')
    tree = ast.fix_missing_locations(DropBozo().visit(tree))
    if isinstance(tree.body, ast.Constant) and tree.body.value == 'BOZO_ONLY' or mentions_bozo(tree):
        return None, 'bozo only'
    for n in ast.walk(tree):
        if isinstance(n, ast.Name) and n.id not in SUPPORTED:
            return None, 'name ' + n.id
        if isinstance(n, ast.Attribute) and n.attr not in SUPPORTED and n.attr not in ('keys',):
            return None, 'attr ' + n.attr
        if isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Constant) and isinstance(n.slice.value, str) \
                and n.slice.value not in SUPPORTED:
            return None, 'key ' + n.slice.value
        if isinstance(n, ast.Subscript) and isinstance(n.value, (ast.Subscript, ast.Attribute)):
            key = n.value.slice.value if isinstance(n.value, ast.Subscript) and isinstance(n.value.slice, ast.Constant) \
                else getattr(n.value, 'attr', None)
            if key in ('links', 'content', 'tags') and isinstance(n.slice, ast.Constant) and n.slice.value != 0 \
                    and key != 'tags':
                return None, 'second link/content'
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == 'len' and n.args and \
                isinstance(n.args[0], ast.Subscript) and isinstance(n.args[0].slice, ast.Constant) and \
                n.args[0].slice.value in ('links', 'title_detail'):
            return None, 'len of links'
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == 'keys':
            return None, 'keys'
    return compile(tree, '<expect>', 'eval'), None


def expectations(path):
    text = open(path, encoding='utf-8', errors='replace').read()
    if path.endswith('.json'):
        try:
            return json.loads(text).get('__tests', [])
        except ValueError:
            return []
    m = re.search(r'Expect:\s*(.*)', text)
    enc = re.match(r'x80_(.*)\.xml$', os.path.basename(path))
    if not m and enc:  # EBCDIC files: the comment is in the file's own encoding
        text = open(path, 'rb').read().decode(enc.group(1), errors='replace')
        m = re.search(r'Expect:\s*(.*)', text)
    return [m.group(1).strip()] if m else []


def run(rel):
    url = 'http://127.0.0.1:%d/%s' % (PORT, rel)
    p = subprocess.run([LEDE, '--db', DB, 'feed', 'show', url, '--json'], capture_output=True, text=True,
                       timeout=60)
    if p.returncode != 0:
        return None, (p.stderr or p.stdout).strip()[:200]
    try:
        return json.loads(p.stdout), None
    except ValueError as e:
        return None, 'bad json: %s' % e


def case(rel):
    exprs = []
    skipped = []
    for x in expectations(os.path.join(SUITE, rel)):
        if 'Content-Location' in open(os.path.join(SUITE, rel), errors='replace').read(400):
            skipped.append('Content-Location header (fetch layer)')
            continue
        code, why = applicable(x)
        (exprs.append((x, code)) if code else skipped.append(why))
    if not exprs:
        return rel, 'skip', '; '.join(skipped)
    out, err = run(rel)
    if out is None:
        # a failed parse fails every expectation, except those on fields Lede never emits
        for x, code in exprs:
            try:
                eval(code, {'__builtins__': {}}, env_of({'items': []}))
            except (KeyError, AttributeError):
                continue
            except Exception:
                pass
            return rel, 'fail', 'error: ' + err
        return rel, 'skip', 'fields not emitted'
    env = env_of(out)
    evaluated = 0
    for x, code in exprs:
        try:
            ok = eval(code, {'__builtins__': {}}, dict(env))
        except (KeyError, AttributeError) as e:
            skipped.append('field not emitted: %s' % e)
            continue
        except Exception as e:
            ok = False
            x = '%s  [%s: %s]' % (x, type(e).__name__, e)
        evaluated += 1
        if not ok:
            return rel, 'fail', x + '\n        got: ' + json.dumps(out, ensure_ascii=False)[:400]
    return (rel, 'pass', '') if evaluated else (rel, 'skip', '; '.join(skipped))


def main():
    files = []
    for root, _, names in os.walk(SUITE):
        for n in names:
            if n.endswith(('.xml', '.json')):
                files.append(os.path.relpath(os.path.join(root, n), SUITE))
    files.sort()
    results = {}
    with concurrent.futures.ThreadPoolExecutor(2) as pool:
        for rel, status, detail in pool.map(case, files):
            results[rel] = (status, detail)
    by = {}
    groups = {}
    for rel, (status, detail) in results.items():
        by[status] = by.get(status, 0) + 1
        g = '/'.join(rel.split('/')[1:-1])
        groups.setdefault(g, [0, 0, 0])
        groups[g][['pass', 'fail', 'skip'].index(status)] += 1
        if status == 'fail' or (VERBOSE and status == 'skip'):
            print('%s %s\n        %s' % (status.upper(), rel, detail))
    print()
    for g, (p, f, s) in sorted(groups.items()):
        print('%-28s pass %3d  fail %3d  skip %3d' % (g, p, f, s))
    p, f = by.get('pass', 0), by.get('fail', 0)
    print('\nTOTAL applicable %d: pass %d, fail %d (%.1f%%); skipped %d' % (
        p + f, p, f, 100.0 * p / max(1, p + f), by.get('skip', 0)))
    server.shutdown()
    for suffix in ('', '-wal', '-shm'):
        if os.path.exists(DB + suffix):
            os.remove(DB + suffix)


main()
