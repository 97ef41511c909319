# Parses CoNLL-U with the BiLSTM + biaffine weights (models/syntax-parser-biaffine.bin) in batches, in torch:
# the silver trees for uptraining the perceptron parser (models/README.md, "Uptraining"). The model is the
# one train-parser-biaffine.py defines; the UPOS column must hold the perceptron tagger's tags (the net
# was trained on them). Heads: each word's best head when those form a tree with one word on the root,
# else Eisner's best projective tree with one root (as eisner.ts decodes). Relations for the chosen heads.
#   python3 parse-biaffine.py WEIGHTS.bin IN.conllu OUT.conllu [--score]   (--score: IN has gold trees)
# One thread, no randomness: the same input gives the same trees.
import argparse
import importlib.util
import json
import os
import struct
import sys
import time

import numpy as np
import torch

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("tb", os.path.join(here, "train-parser-biaffine.py"))
tb = importlib.util.module_from_spec(spec)
spec.loader.exec_module(tb)


def load_model(path):
    return tb.read_weights(path)


def read_conllu(path):
    sentences, rows, sid = [], [], ""
    for line in open(path, encoding="utf8"):
        line = line.rstrip("\n")
        if line.startswith("# sent_id = "):
            sid = line[len("# sent_id = ") :].strip()
        elif not line.strip():
            if rows:
                sentences.append((sid, rows))
            rows, sid = [], ""
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                rows.append(cols)
    if rows:
        sentences.append((sid, rows))
    return sentences


def encode(rows, h, words, suffixes, tags, suffix_len, glove):
    # As biaffine-parser.ts: lower case, the last suffix_len code points, the shape, the tagger's tag.
    lower = [r[1].lower() for r in rows]
    return {
        "words": [tb.ROOT] + [words.get(f, tb.UNK) for f in lower],
        "glove": [tb.ROOT] + [glove.get(f, tb.UNK) for f in lower],
        "suffixes": [tb.ROOT] + [suffixes.get(f[-suffix_len:], tb.UNK) for f in lower],
        "shapes": [0] + [tb.shape_of(r[1]) for r in rows],
        "tags": [tb.ROOT] + [tags[r[3]] + 3 for r in rows],
    }


def is_tree(heads):
    # heads[0] is the root's; one word on the root and every word reaches it.
    n = len(heads)
    if sum(1 for d in range(1, n) if heads[d] == 0) != 1:
        return False
    state = [0] * n  # 0 unseen, 1 on the current path, 2 reaches the root
    state[0] = 2
    for d in range(1, n):
        path = []
        x = d
        while state[x] == 0:
            state[x] = 1
            path.append(x)
            x = heads[x]
        if state[x] == 1:
            return False
        for y in path:
            state[y] = 2
    return True


def eisner(scores):
    # scores[m, h]: word m's head is h; 0 the root. Returns heads (heads[0] = 0). Vectorised over spans of
    # one width at a time; the root joins at the end, over exactly one word (eisner.ts).
    n = scores.shape[0]
    NEG = -1e18
    cr = np.full((n, n), NEG)
    cl = np.full((n, n), NEG)
    ir = np.full((n, n), NEG)
    il = np.full((n, n), NEG)
    for s in range(1, n):
        cr[s, s] = cl[s, s] = 0.0
    cr_split = np.zeros((n, n), dtype=np.int64)
    cl_split = np.zeros((n, n), dtype=np.int64)
    i_split = np.zeros((n, n), dtype=np.int64)
    for k in range(1, n - 1):
        s = np.arange(1, n - k)
        t = s + k
        r = s[:, None] + np.arange(k)[None, :]  # s..t-1
        v = cr[s[:, None], r] + cl[r + 1, t[:, None]]
        best = v.argmax(1)
        bv = v[np.arange(len(s)), best]
        ir[s, t] = bv + scores[t, s]
        il[s, t] = bv + scores[s, t]
        i_split[s, t] = s + best
        r2 = s[:, None] + 1 + np.arange(k)[None, :]  # s+1..t
        v = ir[s[:, None], r2] + cr[r2, t[:, None]]
        best = v.argmax(1)
        cr[s, t] = v[np.arange(len(s)), best]
        cr_split[s, t] = s + 1 + best
        v = cl[s[:, None], r] + il[r, t[:, None]]
        best = v.argmax(1)
        cl[s, t] = v[np.arange(len(s)), best]
        cl_split[s, t] = s + best
    roots = np.arange(1, n)
    total = cl[1, roots] + cr[roots, n - 1] + scores[roots, 0]
    root = int(roots[total.argmax()])
    heads = [0] * n
    stack = [("cl", 1, root), ("cr", root, n - 1)]
    while stack:
        kind, s, t = stack.pop()
        if s == t:
            continue
        if kind in ("ir", "il"):
            if kind == "ir":
                heads[t] = s
            else:
                heads[s] = t
            r = int(i_split[s, t])
            stack += [("cr", s, r), ("cl", r + 1, t)]
        elif kind == "cr":
            r = int(cr_split[s, t])
            stack += [("ir", s, r), ("cr", r, t)]
        else:
            r = int(cl_split[s, t])
            stack += [("cl", s, r), ("il", r, t)]
    return heads


def parse_batch(model, items, always_eisner):
    b = tb.make_batch([dict(it, heads=[0] * len(it["words"]), rels=[0] * len(it["words"]), upos=[0] * len(it["words"]), counts=[0] * len(it["words"])) for it in items], 0, None, False)
    with torch.no_grad():
        arcs, rd, rh, _ = model(b)
        arcs = torch.log_softmax(arcs.masked_fill(~(torch.arange(arcs.shape[1]).unsqueeze(0) < b["lengths"].unsqueeze(1)).unsqueeze(1), -1e9), -1)
        out = []
        eisnered = 0
        heads_all = torch.zeros(arcs.shape[:2], dtype=torch.long)
        for k, it in enumerate(items):
            n = len(it["words"])
            scores = arcs[k, :n, :n].double().numpy()
            heads = [0] + scores[1:].argmax(1).tolist()
            if always_eisner or not is_tree(heads):
                heads = eisner(scores)
                eisnered += 1
            heads_all[k, :n] = torch.tensor(heads)
            out.append(heads)
        at_head = rh.gather(1, heads_all.unsqueeze(-1).expand(-1, -1, rh.shape[-1]))
        rels = model.rel_scores(rd, at_head).argmax(-1)
    return [(heads, rels[k, : len(heads)].tolist()) for k, heads in enumerate(out)], eisnered


def main():
    p = argparse.ArgumentParser()
    p.add_argument("weights")
    p.add_argument("input")
    p.add_argument("output")
    p.add_argument("--batch", type=int, default=64)
    p.add_argument("--threads", type=int, default=1)
    p.add_argument("--eisner", action="store_true", help="Eisner for every sentence, not only non-trees")
    p.add_argument("--score", action="store_true", help="score against the input's own trees")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    model, h = load_model(a.weights)
    index = lambda names: {name: k + 3 for k, name in enumerate(names)}
    words, suffixes = index(h["words"]), index(h["suffixes"])
    glove = index(h["glove"]["words"]) if "glove" in h else {}
    tags = {name: k for k, name in enumerate(h["tags"])}
    suffix_len = h["settings"]["suffix_len"]
    sentences = read_conllu(a.input)
    items = [encode(rows, h, words, suffixes, tags, suffix_len, glove) for _, rows in sentences]
    order = sorted(range(len(items)), key=lambda i: len(items[i]["words"]))
    results = [None] * len(items)
    started = time.time()
    done = eisnered = 0
    for g in range(0, len(order), a.batch):
        group = order[g : g + a.batch]
        parsed, e = parse_batch(model, [items[i] for i in group], a.eisner)
        eisnered += e
        for i, r in zip(group, parsed):
            results[i] = r
        done += sum(len(items[i]["words"]) - 1 for i in group)
        if (g // a.batch) % 50 == 0:
            print(f"{done} words, {time.time() - started:.0f} s", flush=True)
    print(f"{done} words in {time.time() - started:.0f} s; Eisner for {eisnered} of {len(items)} sentences", flush=True)
    totals = {"words": 0, "heads": 0, "labelled": 0}
    with open(a.output, "w", encoding="utf8") as f:
        for (sid, rows), (heads, rels) in zip(sentences, results):
            f.write(f"# sent_id = {sid}\n")
            for i, cols in enumerate(rows, start=1):
                rel = h["relations"][rels[i]]
                if a.score:
                    totals["words"] += 1
                    if int(cols[6]) == heads[i]:
                        totals["heads"] += 1
                        if tb.universal(cols[7]) == tb.universal(rel):
                            totals["labelled"] += 1
                f.write("\t".join(cols[:6] + [str(heads[i]), rel] + cols[8:]) + "\n")
            f.write("\n")
    if a.score:
        w = totals["words"]
        print(f"UAS {totals['heads'] / w:.4f} LAS {totals['labelled'] / w:.4f} over {w} words", flush=True)


if __name__ == "__main__":
    main()
