#!/usr/bin/env python3
"""Which top-level modules of a crate use which (from `crate::<module>` paths in its code,
comments and tests left out), and the circles among them.

  scripts/module-deps.py [SRC…]            prints each crate's graph (Mermaid) and its circles;
                                           exits 1 when there is a circle (default: crates/core/src)
  scripts/module-deps.py --doc FILE        checks that each graph FILE marks with
                                           `<!-- made by scripts/module-deps.py SRC -->` is the
                                           graph of SRC now; exits 1 naming the stale ones
  scripts/module-deps.py --doc FILE --write   writes them anew
"""
import re
import sys
from pathlib import Path


def graph(src: Path) -> tuple[list[str], list[list[str]]]:
    """The Mermaid block of `src`'s module graph, and its circles."""
    modules = {p.stem if p.is_file() else p.name for p in src.iterdir()
               if (p.suffix == ".rs" and p.stem not in ("lib", "main")) or (p.is_dir() and (p / "mod.rs").exists())}
    edges: dict[str, set[str]] = {m: set() for m in modules}
    for f in src.rglob("*.rs"):
        owner = f.relative_to(src).parts[0].removesuffix(".rs")
        if owner not in modules:
            continue
        code = "\n".join(line.split("//")[0] for line in f.read_text().splitlines())
        # A module's own tests may reach anywhere; what the code depends on is what counts.
        code = re.split(r"#\[cfg\(test\)\]\s*(?:pub(?:\(crate\))?\s+)?mod \w+\s*\{", code)[0]
        used = set(re.findall(r"\bcrate::(\w+)", code))
        # `use crate::{a, b::c}` lists
        for group in re.findall(r"\bcrate::\{([^}]*)\}", code):
            used |= set(re.findall(r"(?:^|,)\s*(\w+)", group))
        edges[owner] |= {u for u in used if u in modules and u != owner}

    # Tarjan's strongly connected components: a component of more than one module is a circle.
    index, low, stack, on, circles, n = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = n[0]
        n[0] += 1
        stack.append(v)
        on.add(v)
        for w in sorted(edges[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                circles.append(sorted(comp))

    sys.setrecursionlimit(10000)
    for v in sorted(modules):
        if v not in index:
            visit(v)
    lines = ["```mermaid", "graph LR"]
    lines += [f"  {a} --> {b}" for a in sorted(edges) for b in sorted(edges[a])]
    lines.append("```")
    return lines, circles


MARK = re.compile(r"<!-- made by scripts/module-deps.py (\S+) -->\n```mermaid\n.*?\n```", re.S)


def doc(path: Path, write: bool) -> int:
    text = path.read_text()
    stale = []

    def fresh(m: re.Match) -> str:
        lines, _ = graph(Path(m.group(1)))
        new = m.group(0).split("\n", 1)[0] + "\n" + "\n".join(lines)
        if new != m.group(0):
            stale.append(m.group(1))
        return new

    new_text, count = MARK.subn(fresh, text)
    if count == 0:
        print(f"{path}: no graph marked `<!-- made by scripts/module-deps.py SRC -->`", file=sys.stderr)
        return 1
    if write:
        path.write_text(new_text)
        print(f"{path}: {count} graphs written ({len(stale)} had changed)")
        return 0
    for s in stale:
        print(f"{path}: the graph of {s} is out of date: run scripts/module-deps.py --doc {path} --write",
              file=sys.stderr)
    return 1 if stale else 0


def main(args: list[str]) -> int:
    if args[:1] == ["--doc"]:
        return doc(Path(args[1]), "--write" in args[2:])
    failed = 0
    for src in args or ["crates/core/src"]:
        lines, circles = graph(Path(src))
        print(f"{src}:")
        print("\n".join(lines))
        for c in circles:
            print(f"{src}: circle: {' <-> '.join(c)}", file=sys.stderr)
        failed |= bool(circles)
        if not circles:
            print("no circles")
    return failed


sys.exit(main(sys.argv[1:]))
