#!/usr/bin/env python3
"""Which top-level modules of a crate use which (from `crate::<module>` paths in its code,
comments left out), and the circles among them. Usage: scripts/module-deps.py [crate src dir]
Prints the edges as a Mermaid graph (stdout) and each circle (stderr); exits 1 when there is
a circle."""
import re
import sys
from pathlib import Path

src = Path(sys.argv[1] if len(sys.argv) > 1 else "crates/core/src")
modules = {p.stem if p.is_file() else p.name for p in src.iterdir()
           if (p.suffix == ".rs" and p.stem not in ("lib", "main")) or (p.is_dir() and (p / "mod.rs").exists())}
edges: dict[str, set[str]] = {m: set() for m in modules}
for f in src.rglob("*.rs"):
    rel = f.relative_to(src)
    owner = rel.parts[0].removesuffix(".rs")
    if owner not in modules:
        continue
    code = "\n".join(line.split("//")[0] for line in f.read_text().splitlines())
    # A module's own tests may reach anywhere; what the code depends on is what counts.
    code = re.split(r"#\[cfg\(test\)\]\s*(?:pub(?:\(crate\))?\s+)?mod \w+\s*\{", code)[0]
    for used in re.findall(r"\bcrate::(\w+)", code):
        if used in modules and used != owner:
            edges[owner].add(used)
    # `use crate::{a, b::c}` lists
    for group in re.findall(r"\bcrate::\{([^}]*)\}", code):
        for used in re.findall(r"(?:^|,)\s*(\w+)", group):
            if used in modules and used != owner:
                edges[owner].add(used)

# Tarjan's strongly connected components: a component of more than one module is a circle.
index, low, stack, on, circles, n = {}, {}, [], set(), [], [0]
def visit(v):
    index[v] = low[v] = n[0]; n[0] += 1; stack.append(v); on.add(v)
    for w in sorted(edges[v]):
        if w not in index:
            visit(w); low[v] = min(low[v], low[w])
        elif w in on:
            low[v] = min(low[v], index[w])
    if low[v] == index[v]:
        comp = []
        while True:
            w = stack.pop(); on.discard(w); comp.append(w)
            if w == v:
                break
        if len(comp) > 1:
            circles.append(sorted(comp))
sys.setrecursionlimit(10000)
for v in sorted(modules):
    if v not in index:
        visit(v)

print("```mermaid\ngraph LR")
for a in sorted(edges):
    for b in sorted(edges[a]):
        print(f"  {a} --> {b}")
print("```")
if circles:
    for c in circles:
        print(f"circle: {' <-> '.join(c)}", file=sys.stderr)
    sys.exit(1)
print("no circles")
