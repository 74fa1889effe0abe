"""Rebuilds every expression of Kolmo's JSON documents with SymPy, as a program that consumes them would.

Usage: python3 rebuild_expressions.py DIR -- every *.json file in DIR. For each document: the symbols table gives one
SymPy symbol per identifier (with its assumptions); every object with a "sympy" field is parsed with
parse_expr(text, local_dict=symbols); its free symbols must be in the table; and where the model-file "text" of the
same expression can be read by SymPy as well (no Python keyword among its names), the two are compared at random
positive values. Prints one line per document and exits 1 on the first failure.
"""
import json
import keyword
import pathlib
import random
import re
import sys

import sympy
from sympy.parsing.sympy_parser import parse_expr


def expressions(node):
    """Every object of the document that holds an expression."""
    if isinstance(node, dict):
        if "sympy" in node and "text" in node:
            yield node
        for value in node.values():
            yield from expressions(value)
    elif isinstance(node, list):
        for value in node:
            yield from expressions(value)


def check(path):
    doc = json.loads(path.read_text())
    assert isinstance(doc.get("schemaVersion"), int), f"{path.name}: no schemaVersion"
    table = doc.get("symbols", {})
    symbols = {ident: sympy.Symbol(ident, **entry["assumptions"]) for ident, entry in table.items()}
    by_name = {entry["name"]: symbols[ident] for ident, entry in table.items()}
    by_name.update({"Pi": sympy.pi, "E": sympy.E, "I": sympy.I, "Gamma": sympy.gamma})
    rng = random.Random(20261204)
    point = {s: sympy.Rational(rng.randint(3, 17), 10) for s in symbols.values()}
    count = compared = 0
    for e in expressions(doc):
        rebuilt = parse_expr(e["sympy"], local_dict=dict(symbols))
        unknown = rebuilt.free_symbols - set(symbols.values())
        assert not unknown, f"{path.name}: {e['sympy']} has symbols outside the table: {unknown}"
        count += 1
        names = set(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", e["text"]))
        if any(keyword.iskeyword(n) for n in names) or "~" in e["text"]:
            continue
        try:
            from_text = parse_expr(e["text"].replace("^", "**"), local_dict=dict(by_name))
        except (SyntaxError, ValueError, TypeError):
            continue  # model-file notation SymPy does not read (a derivative m_z' in a claim)
        if from_text.free_symbols - set(symbols.values()):
            continue  # a name the table does not hold (a function of a claim, a moment name in prose)
        a = complex(rebuilt.subs(point).evalf(30))  # the SymPy form must evaluate, whatever the text does
        try:
            b = complex(from_text.subs(point).evalf(30))
        except TypeError:
            continue  # a function of the model-file syntax that SymPy names otherwise
        assert abs(a - b) <= 1e-9 * (1 + abs(b)), f"{path.name}: {e['sympy']} = {a} but {e['text']} = {b}"
        compared += 1
    print(f"{path.name}: {count} expressions rebuilt, {compared} compared with their text")
    return count


def main():
    folder = pathlib.Path(sys.argv[1])
    total = 0
    for path in sorted(folder.glob("*.json")):
        total += check(path)
    print(f"{total} expressions in all")
    if total == 0:
        sys.exit("no expressions found")


if __name__ == "__main__":
    main()
