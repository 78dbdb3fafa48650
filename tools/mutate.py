#!/usr/bin/env python3
"""Mutation testing: put one small mistake at a time into src/*.c, build
it in a scratch copy of the tree, run the fast tests, and count the
mistakes the tests catch.

Mutations: a relational or logical operator changed, an integer or
character constant moved by one, a word dropped from a word table, an
expression statement removed, a condition made always true or always
false, one side of && or || dropped.  Data tables (initialised arrays
other than word tables) and generated files are left alone.

The working tree is never written to: each job builds in its own copy,
removed at the end even when interrupted.  Mutants listed in the
equivalents file (no input can tell them apart from the original) are
skipped, and so are those that compile to the same object file (code
the build leaves out, such as the other side of an #ifdef).  The score
is the share of the remaining mutants that the tests catch, counting a
test run that hangs past the timeout (at least four times what the
unmutated tree's tests take) as caught, and saying how many did.
Standard library only.
"""

import argparse
import concurrent.futures
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

TOKEN = re.compile(r"""
    (?P<comment>/\*.*?\*/|//[^\n]*)
  | (?P<pp>^[ \t]*\#(?:[^\n\\]|\\.)*)
  | (?P<string>"(?:[^"\\\n]|\\.)*")
  | (?P<char>'(?:[^'\\\n]|\\.)+')
  | (?P<number>\b(?:0[xX][0-9a-fA-F]+|[0-9]+)[uUlL]*\b)
  | (?P<ident>[A-Za-z_][A-Za-z0-9_]*)
  | (?P<op>\+\+|--|->|<<=|>>=|<<|>>|<=|>=|==|!=|&&|\|\||[-+*/%&|^!~<>=?:;,.(){}\[\]])
  | (?P<space>\s+)
""", re.S | re.M | re.X)

RELATIONAL = {
    "<": ["<=", ">"], "<=": ["<", ">="], ">": [">=", "<"],
    ">=": [">", "<="], "==": ["!="], "!=": ["=="],
}
LOGICAL = {"&&": ["||"], "||": ["&&"]}
STOP_LEFT = {"(", ",", "return", "=", "&&", "||", "?", ";", "{", "!"}
STOP_RIGHT = {")", ",", ";", "&&", "||", "?", ":", "}"}
DECL_WORDS = {
    "int", "char", "size_t", "ssize_t", "unsigned", "long", "const",
    "static", "struct", "enum", "void", "FILE", "va_list", "__m128i",
    "return", "break", "continue", "goto", "case", "default", "else",
    "if", "for", "while", "do", "switch", "typedef", "union",
}
WORD = re.compile(r'^"[a-z0-9_]+"$')


class Tok:
    __slots__ = ("kind", "text", "start", "end", "line")

    def __init__(self, kind, text, start, end, line):
        self.kind, self.text, self.start, self.end, self.line = (
            kind, text, start, end, line)


def tokenize(src):
    toks, pos, line = [], 0, 1
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if m is None:
            pos += 1
            continue
        kind = m.lastgroup
        text = m.group(kind)
        if kind not in ("comment", "space", "pp"):
            toks.append(Tok(kind, text, m.start(), m.end(), line))
        line += text.count("\n")
        pos = m.end()
    return toks


def data_ranges(toks):
    """Index ranges of array initialisers: ('data' or 'words', lo, hi)."""
    out = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t.text == "=" and i + 1 < len(toks) and toks[i + 1].text == "{":
            j, depth = i + 1, 0
            while j < len(toks):
                if toks[j].text == "{":
                    depth += 1
                elif toks[j].text == "}":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            inner = toks[i + 2:j]
            items = [x for x in inner if x.text != ","]
            unsized = i >= 2 and toks[i - 1].text == "]" and \
                toks[i - 2].text == "["
            words = unsized and items and all(
                x.kind == "string" and WORD.match(x.text) for x in items)
            out.append(("words" if words else "data", i + 1, j))
            i = j
        i += 1
    return out


def operand_span(toks, i, step, stops):
    """The tokens of the operand next to toks[i], going by step."""
    depth, j, last = 0, i + step, i
    while 0 <= j < len(toks):
        t = toks[j].text
        opening, closing = ("(", ")") if step > 0 else (")", "(")
        if t in ("[",) and step > 0 or t in ("]",) and step < 0:
            depth += 1
        elif t in ("]",) and step > 0 or t in ("[",) and step < 0:
            depth -= 1
        elif t == opening:
            depth += 1
        elif t == closing:
            if depth == 0:
                break
            depth -= 1
        elif depth == 0 and t in stops:
            break
        last = j
        j += step
    return (last, i) if step < 0 else (i, last)


def matching_paren(toks, i):
    depth = 0
    for j in range(i, len(toks)):
        if toks[j].text == "(":
            depth += 1
        elif toks[j].text == ")":
            depth -= 1
            if depth == 0:
                return j
    return None


def mutants_of(path, src):
    """Every mutant of one file: (line, description, new source)."""
    toks = tokenize(src)
    ranges = data_ranges(toks)
    inside = {}
    for kind, lo, hi in ranges:
        for k in range(lo, hi + 1):
            inside[k] = kind
    out = []
    # Where a statement may start: after ; { } else, the condition of
    # if, for, while, and a case label.
    starts, depth = set(), 0
    for i, t in enumerate(toks):
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth -= 1
        if t.text in (";", "{", "}", "else") and depth == 0:
            starts.add(i)
        elif t.text in ("if", "for", "while") and i + 1 < len(toks) and \
                toks[i + 1].text == "(":
            j = matching_paren(toks, i + 1)
            if j is not None:
                starts.add(j)
        elif t.text == ":" and any(
                x.text in ("case", "default") and x.line == t.line
                for x in toks[max(0, i - 6):i]):
            starts.add(i)

    def add(tok, desc, start, end, text):
        # Keep the line count, so that only the mutated line moves.
        text += "\n" * src.count("\n", start, end)
        out.append((tok.line, desc, src[:start] + text + src[end:]))

    def short(a, b):
        t = " ".join(src[a:b].split())
        return t if len(t) <= 40 else t[:37] + "..."


    for i, t in enumerate(toks):
        where = inside.get(i)
        if where == "words":
            if t.kind == "string":
                end = t.end
                if i + 1 < len(toks) and toks[i + 1].text == ",":
                    end = toks[i + 1].end
                add(t, "word %s dropped" % t.text, t.start, end, "")
            continue
        if where == "data":
            continue
        if t.kind == "op" and t.text in RELATIONAL:
            for alt in RELATIONAL[t.text]:
                add(t, "'%s' -> '%s'" % (t.text, alt), t.start, t.end, alt)
        elif t.kind == "op" and t.text in LOGICAL:
            add(t, "'%s' -> '%s'" % (t.text, LOGICAL[t.text][0]),
                t.start, t.end, LOGICAL[t.text][0])
            lo, _ = operand_span(toks, i, -1, STOP_LEFT)
            _, hi = operand_span(toks, i, 1, STOP_RIGHT)
            if lo < i and hi > i:
                add(t, "'%s %s' dropped" % (
                    short(toks[lo].start, toks[i - 1].end), t.text),
                    toks[lo].start, t.end, "")
                add(t, "'%s %s' dropped" % (
                    t.text, short(toks[i + 1].start, toks[hi].end)),
                    t.start, toks[hi].end, "")
        elif t.kind == "number":
            if i > 0 and toks[i - 1].text == "[" and i >= 2 and \
                    toks[i - 2].kind == "ident" and i >= 3 and \
                    toks[i - 3].kind in ("ident",) and \
                    toks[i - 3].text in DECL_WORDS:
                continue
            m = re.match(r"(0[xX][0-9a-fA-F]+|[0-9]+)(.*)", t.text)
            v = int(m.group(1), 0)
            for d in (1, -1):
                if v + d < 0:
                    continue
                new = (hex(v + d) if m.group(1).lower().startswith("0x")
                       else str(v + d)) + m.group(2)
                add(t, "%s -> %s" % (t.text, new), t.start, t.end, new)
        elif t.kind == "char" and len(t.text) == 3 and \
                t.text[1] not in "'\\":
            for d in (1, -1):
                c = chr(ord(t.text[1]) + d)
                if c in "'\\" or not (32 <= ord(c) < 127):
                    continue
                new = "'%s'" % c
                add(t, "%s -> %s" % (t.text, new), t.start, t.end, new)
        elif t.kind == "ident" and t.text in ("if", "while") and \
                i + 1 < len(toks) and toks[i + 1].text == "(":
            j = matching_paren(toks, i + 1)
            if j is None:
                continue
            cond = src[toks[i + 1].end:toks[j].start]
            if t.text == "if":
                add(t, "if condition made true", toks[i + 1].end,
                    toks[j].start, "1 || (%s)" % cond)
            add(t, "%s condition made false" % t.text, toks[i + 1].end,
                toks[j].start, "0 && (%s)" % cond)
        if i in starts and i + 1 < len(toks):
            # An expression statement starting at the next token.
            n = toks[i + 1]
            if n.kind != "ident" or n.text in DECL_WORDS:
                continue
            if i + 2 < len(toks) and toks[i + 2].kind == "ident":
                continue        # a declaration: "struct x y;", "foo_t x;"
            if i + 2 < len(toks) and toks[i + 2].text == "*" and \
                    i + 3 < len(toks) and toks[i + 3].kind == "ident" and \
                    i + 4 < len(toks) and toks[i + 4].text in (";", "=", ","):
                continue
            k, depth = i + 1, 0
            while k < len(toks):
                if toks[k].text in ("(", "[", "{"):
                    depth += 1
                elif toks[k].text in (")", "]", "}"):
                    depth -= 1
                    if depth < 0:
                        break
                elif toks[k].text == ";" and depth == 0:
                    break
                k += 1
            if k >= len(toks) or toks[k].text != ";" or depth != 0:
                continue
            if "{" in src[n.start:toks[k].end]:
                continue
            add(n, "statement removed: %s" % short(n.start, toks[k].end),
                n.start, toks[k].end, ";")
    return out


def generated(path, src):
    head = src[:400].lower()
    return "generated" in head or "do not edit" in head


def norm(text):
    return " ".join(text.split())


def load_equivalents(path):
    """Entries "file:line | mutation | code | why": the code is the text
    of the mutated line, so that an entry still matches once edits
    elsewhere have moved the line.  The code may hold " | " itself (a
    bitwise or): the why, last, may not."""
    eq = []
    if not os.path.exists(path):
        return eq
    with open(path, encoding="utf-8") as f:
        for raw in f:
            raw = raw.rstrip("\n")
            if not raw.strip() or raw.lstrip().startswith("#"):
                continue
            parts = [p.strip() for p in raw.split(" | ")]
            if len(parts) < 4 or ":" not in parts[0]:
                sys.exit("mutate: %s: bad line: %s" % (path, raw))
            fname, line = parts[0].rsplit(":", 1)
            eq.append((fname, int(line), parts[1],
                       norm(" | ".join(parts[2:-1]))))
    return eq


def match_equivalents(mutants, eq, path):
    """The mutants the entries name: same file, mutation and line text,
    the nearest to the line given."""
    skip = set()
    for fname, line, desc, code in eq:
        cands = [m for m in mutants if m[0] == fname and m[2] == desc and
                 norm(m[4]) == code]
        if not cands:
            print("mutate: %s: no mutant %s:%d: %s (stale entry?)" % (
                path, fname, line, desc), file=sys.stderr)
            continue
        best = min(cands, key=lambda m: abs(m[1] - line))
        skip.add(id(best))
    return skip


def collect(root, files):
    all_mutants = []
    for rel in files:
        with open(os.path.join(root, rel), encoding="utf-8") as f:
            src = f.read()
        if generated(rel, src):
            continue
        lines = src.split("\n")
        for line, desc, new in mutants_of(rel, src):
            all_mutants.append((rel, line, desc, new, lines[line - 1]))
    return all_mutants


IGNORE = shutil.ignore_patterns(
    ".git", "*.o", "*.a", "smtpcode", "work", "__pycache__")


class Worker:
    def __init__(self):
        self.proc, self.stopped = None, False
        self.dir = tempfile.mkdtemp(prefix="smtpcode-mutate-")

    def setup(self, root, build, test, obj, timeout):
        """Copy the tree, build it and check that it passes its tests."""
        self.tree = os.path.join(self.dir, "tree")
        shutil.copytree(root, self.tree, ignore=IGNORE, symlinks=True)
        for name in os.listdir(os.path.join(self.tree, "tests", "unit")):
            p = os.path.join(self.tree, "tests", "unit", name)
            if not name.endswith((".c", ".h")) and os.path.isfile(p):
                os.unlink(p)
        # The unmutated tree has no hang to fear: half an hour at most to
        # build it and run its tests.  A mutant's test run then gets at
        # least four times what they took, so that a slow, loaded machine
        # is not taken for a hang.
        self.build, self.test, self.obj, self.timeout = (
            build, test, obj, max(timeout, 1800))
        rc, out = self.run(self.build)
        if rc != 0:
            raise RuntimeError("the unmutated tree does not build:\n" + out)
        self.base = {}
        for name in os.listdir(os.path.join(self.tree, "src")):
            if name.endswith(".o"):
                with open(os.path.join(self.tree, "src", name), "rb") as f:
                    self.base["src/" + name] = f.read()
        t = time.time()
        rc, out = self.run(self.test)
        if rc != 0:
            raise RuntimeError("the unmutated tree fails its tests:\n" + out)
        self.timeout = max(timeout, int(4 * (time.time() - t)) + 1)

    def run(self, cmd):
        if self.stopped:
            return None, "stopped"
        p = subprocess.Popen(cmd, shell=True, cwd=self.tree,
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                             start_new_session=True)
        self.proc = p
        try:
            out, _ = p.communicate(timeout=self.timeout)
            return p.returncode, out.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.communicate()
            return None, "timeout"

    def try_mutant(self, rel, new, orig):
        path = os.path.join(self.tree, rel)
        obj = path[:-2] + ".o"
        try:
            with open(path, "w", encoding="utf-8") as f:
                f.write(new)
            if os.path.exists(obj):
                os.unlink(obj)
            rel_obj = rel[:-2] + ".o"
            rc, _ = self.run(self.obj.format(obj=rel_obj))
            if rc != 0:
                return "stillborn"
            with open(obj, "rb") as f:
                if f.read() == self.base.get(rel_obj):
                    return "same code"
            rc, _ = self.run(self.build)
            if rc != 0:
                return "stillborn" if rc is not None else "killed"
            rc, _ = self.run(self.test)
            if rc is None and not self.stopped:
                return "hung"
            return "survived" if rc == 0 else "killed"
        finally:
            with open(path, "w", encoding="utf-8") as f:
                f.write(orig)
            if os.path.exists(obj):
                os.unlink(obj)

    def kill(self):
        """Stop what runs now, its whole process group, and what follows."""
        self.stopped = True
        p = self.proc
        if p is not None and p.poll() is None:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def close(self):
        shutil.rmtree(self.dir, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-n", type=int, default=100, help="mutants to try")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--min", type=float, default=0,
                    help="fail if the score (%%) is below this")
    ap.add_argument("--timeout", type=int, default=120,
                    help="seconds for each build or test run")
    ap.add_argument("--build", default="make -s all units CFLAGS=-O2")
    ap.add_argument("--object", default="make -s {obj} CFLAGS=-O2",
                    help="builds one object file, named by {obj}")
    ap.add_argument("--test", default="make -s check-quick CFLAGS=-O2")
    ap.add_argument("--equivalent", default="tests/mutate-equivalent.txt")
    ap.add_argument("--list", action="store_true",
                    help="list the sample and exit")
    ap.add_argument("files", nargs="*")
    a = ap.parse_args()

    root = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
    files = a.files or sorted(
        os.path.join("src", f) for f in os.listdir(os.path.join(root, "src"))
        if f.endswith(".c") and f != "table.c")
    originals = {}
    for rel in files:
        with open(os.path.join(root, rel), encoding="utf-8") as f:
            originals[rel] = f.read()
    mutants = collect(root, files)
    eq = load_equivalents(os.path.join(root, a.equivalent))
    skip = match_equivalents(mutants, eq, a.equivalent)
    skipped = [m for m in mutants if id(m) in skip]
    pool = [m for m in mutants if id(m) not in skip]
    rng = random.Random(a.seed)
    sample = rng.sample(pool, min(a.n, len(pool)))
    sample.sort(key=lambda m: (m[0], m[1], m[2]))
    print("mutate: %d mutants in %s, %d listed as equivalent; "
          "trying %d (seed %d)" % (len(mutants), " ".join(files),
                                   len(skipped), len(sample), a.seed))
    if a.list:
        for rel, line, desc, _, _ in sample:
            print("%s:%d: %s" % (rel, line, desc))
        return 0

    workers, free, results = [], [], []
    lock, stop = threading.Lock(), threading.Event()
    t0 = time.time()

    def new_worker(_):
        w = Worker()
        with lock:
            workers.append(w)
        w.setup(root, a.build, a.test, a.object, a.timeout)
        with lock:
            free.append(w)

    def one(m):
        if stop.is_set():
            return
        with lock:
            w = free.pop()
        try:
            r = w.try_mutant(m[0], m[3], originals[m[0]])
        finally:
            with lock:
                free.append(w)
        if stop.is_set():
            return
        with lock:
            results.append((m, r))
            print("  %-9s %s:%d: %s" % (r, m[0], m[1], m[2]), flush=True)

    def on_term(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, on_term)
    ex = concurrent.futures.ThreadPoolExecutor(a.jobs)
    try:
        for f in [ex.submit(new_worker, i) for i in range(a.jobs)]:
            f.result()
        for f in concurrent.futures.as_completed(
                [ex.submit(one, m) for m in sample]):
            f.result()
    except KeyboardInterrupt:
        print("mutate: interrupted", file=sys.stderr)
        return 130
    except RuntimeError as e:
        print("mutate: %s" % e, file=sys.stderr)
        return 2
    finally:
        stop.set()
        for w in workers:
            w.kill()
        ex.shutdown(wait=True, cancel_futures=True)
        for w in workers:
            w.close()

    hung = sum(1 for _, r in results if r == "hung")
    killed = sum(1 for _, r in results if r == "killed") + hung
    survived = [m for m, r in results if r == "survived"]
    stillborn = sum(1 for _, r in results if r == "stillborn")
    same = sum(1 for _, r in results if r == "same code")
    scored = killed + len(survived)
    score = 100.0 * killed / scored if scored else 100.0
    print("mutate: seed %d, %d tried, %d did not build, %d compiled to "
          "the same code, %d killed (%d of them by a hang), %d survived: "
          "score %.1f%% (%.0f s)" % (
              a.seed, len(results), stillborn, same, killed, hung,
              len(survived),
              score, time.time() - t0))
    for rel, line, desc, _, code in sorted(survived,
                                           key=lambda m: (m[0], m[1])):
        print("survivor: %s:%d: %s | %s" % (rel, line, desc, norm(code)))
    if score < a.min:
        print("mutate: score %.1f%% is below %.1f%%" % (score, a.min),
              file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
