#!/usr/bin/env python3
"""Writes N synthetic provider profiles for the scale benchmark: copies of the bundled profiles, each with a new
slug and name, and comparisons dropped (their targets would not exist) with the corrections (they may quote them). Usage: generate_profiles.py N OUT SRC"""
import os
import re
import sys

n, out, src = int(sys.argv[1]), sys.argv[2], sys.argv[3]
templates = []
for name in sorted(os.listdir(src)):
    if name.endswith(".yaml"):
        with open(os.path.join(src, name), encoding="utf-8") as f:
            text = f.read()
        # drop the comparisons section: everything from "comparisons:" up to the next top-level key
        text = re.sub(r"(?ms)^comparisons:\n.*?(?=^[a-z_]+:)", "comparisons: []\n", text)
        # and the corrections, whose phrases may quote the comparisons just dropped
        text = re.sub(r"(?ms)^corrections:\n.*?(?=^[a-z_]+:)", "", text)
        templates.append(text)
os.makedirs(out, exist_ok=True)
for i in range(n):
    text = templates[i % len(templates)]
    slug = f"synthetic-{i:05d}"
    text = re.sub(r"(?m)^slug: .*$", f"slug: {slug}", text, count=1)
    text = re.sub(r"(?m)^name: .*$", f"name: Synthetic {i:05d}", text, count=1)
    with open(os.path.join(out, slug + ".yaml"), "w", encoding="utf-8") as f:
        f.write(text)
