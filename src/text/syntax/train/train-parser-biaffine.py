# Trains the BiLSTM + biaffine parser (Dozat & Manning 2017, small) on UD English EWT train:
# reads the JSON that dump-biaffine-data.ts writes (forms, gold trees, the perceptron tagger's jackknifed
# tags), picks the epoch by dev LAS (argmax heads, the tree is decoded in TypeScript), and writes the
# weights as float16 behind a JSON header (biaffine-file.ts reads them).
# Seeded and single-threaded: deterministic. Called by train-parser-biaffine.ts; needs python3-torch.
import argparse
import json
import math
import random
import struct
import time
from collections import Counter

import numpy as np
import torch
from torch import nn

PAD, UNK, ROOT = 0, 1, 2  # ids shared by every vocabulary
SHAPES = 6  # pad/root, lower, Capitalised, UPPER, digit, other (punctuation, symbols)


def shape_of(form):
    # Cased letters are the characters whose lower and upper case differ: the same test in TypeScript.
    if any("0" <= c <= "9" for c in form):
        return 4
    if all(c.lower() != c.upper() for c in form):
        if form.lower() == form:
            return 1
        if form.upper() == form and len(form) > 1:
            return 3
        return 2
    return 5


def build_vocab(items, min_count):
    counts = Counter(items)
    names = sorted(k for k, c in counts.items() if c >= min_count)
    return {name: i + 3 for i, name in enumerate(names)}, counts


def quantised_glove(path):
    """The pruned GloVe rows (extract-glove.py), scaled to unit standard deviation (Dozat & Manning) and
    rounded as the file stores them (int8, one float16 scale a row), so training sees what TypeScript reads."""
    table = np.load(path)
    vectors = table["vectors"] / table["vectors"].std()
    scales = (np.abs(vectors).max(1) / 127).astype(np.float16)
    scales[scales == 0] = 1
    values = np.round(vectors / scales.astype(np.float32)[:, None]).clip(-127, 127).astype(np.int8)
    return [str(w) for w in table["words"]], values, scales


class Vocabs:
    def __init__(self, train, min_count, suffix_len, glove_words):
        self.suffix_len = suffix_len
        self.glove = {w: i + 3 for i, w in enumerate(glove_words)}
        forms = [f.lower() for s in train for f in s["forms"]]
        self.words, self.word_counts = build_vocab(forms, min_count)
        self.suffixes, _ = build_vocab([f[-suffix_len:] for f in forms], min_count)
        self.relations = sorted({r for s in train for r in s["deprels"]})
        self.upos = sorted({u for s in train for u in s["upos"]})

    def encode(self, s):
        lower = [f.lower() for f in s["forms"]]
        return {
            "words": [ROOT] + [self.words.get(f, UNK) for f in lower],
            "glove": [ROOT] + [self.glove.get(f, UNK) for f in lower],
            "counts": [0] + [self.word_counts.get(f, 0) for f in lower],
            "suffixes": [ROOT] + [self.suffixes.get(f[-self.suffix_len :], UNK) for f in lower],
            "shapes": [0] + [shape_of(f) for f in s["forms"]],
            "tags": [ROOT] + [t + 3 for t in s["tags"]],
            "heads": [0] + s["heads"],
            "rels": [0] + [self.relations.index(r) if r in self.relations else 0 for r in s["deprels"]],
            "upos": [0] + [self.upos.index(u) if u in self.upos else 0 for u in s["upos"]],
        }


class Biaffine(nn.Module):
    def __init__(self, a, n_words, n_suffixes, n_tags, n_rels, n_upos, glove):
        super().__init__()
        self.glove_concat = glove is not None and getattr(a, "glove_mode", "sum") == "concat"
        self.word = nn.Embedding(n_words, a.word_dims, padding_idx=PAD)
        if glove is not None:
            # Frozen pretrained rows (pad, unknown and root are zero), summed with the trainable word
            # embedding, which starts at zero so that it learns only what the pretrained vector misses;
            # or ("concat") appended to the input, so that a model trained without them can start from
            # its own weights, the new input columns at zero.
            values, scales = glove
            rows = torch.from_numpy(values.astype(np.float32) * scales.astype(np.float32)[:, None])
            self.register_buffer("glove", torch.cat([torch.zeros(3, rows.shape[1]), rows]), persistent=False)
            if not self.glove_concat:
                nn.init.zeros_(self.word.weight)
        else:
            self.glove = None
        self.suffix = nn.Embedding(n_suffixes, a.suffix_dims, padding_idx=PAD)
        self.shape = nn.Embedding(SHAPES, a.shape_dims)
        self.tag = nn.Embedding(n_tags, a.tag_dims, padding_idx=PAD)
        inputs = a.word_dims + a.suffix_dims + a.shape_dims + a.tag_dims
        if self.glove_concat:
            inputs += glove[0].shape[1]
        self.lstm = nn.LSTM(inputs, a.hidden, a.layers, batch_first=True, bidirectional=True, dropout=a.dropout)
        self.arc_dep = nn.Linear(2 * a.hidden, a.arc_dims)
        self.arc_head = nn.Linear(2 * a.hidden, a.arc_dims)
        self.rel_dep = nn.Linear(2 * a.hidden, a.rel_dims)
        self.rel_head = nn.Linear(2 * a.hidden, a.rel_dims)
        self.arc_u = nn.Parameter(torch.zeros(a.arc_dims, a.arc_dims))
        self.arc_head_bias = nn.Parameter(torch.zeros(a.arc_dims))
        self.rel_u = nn.Parameter(torch.zeros(n_rels, a.rel_dims, a.rel_dims))
        self.rel_w = nn.Linear(2 * a.rel_dims, n_rels)
        self.upos_out = nn.Linear(2 * a.hidden, n_upos)
        self.drop = nn.Dropout(a.dropout)
        self.mlp_drop = nn.Dropout(a.mlp_dropout)
        self.act = nn.LeakyReLU(0.1)

    def encode(self, b):
        words = self.word(b["words"])
        if self.glove is not None and not self.glove_concat:
            words = words + self.glove[b["glove"]]
        parts = [words, self.suffix(b["suffixes"]), self.shape(b["shapes"]), self.tag(b["tags"])]
        if self.glove_concat:
            parts.append(self.glove[b["glove"]])
        x = torch.cat(parts, -1)
        packed = nn.utils.rnn.pack_padded_sequence(self.drop(x), b["lengths"], batch_first=True, enforce_sorted=False)
        out, _ = self.lstm(packed)
        out, _ = nn.utils.rnn.pad_packed_sequence(out, batch_first=True, total_length=x.shape[1])
        return self.drop(out)

    def forward(self, b):
        h = self.encode(b)
        dep = self.mlp_drop(self.act(self.arc_dep(h)))
        head = self.mlp_drop(self.act(self.arc_head(h)))
        # arcs[b, i, j]: word i's head is j
        arcs = torch.einsum("bid,de,bje->bij", dep, self.arc_u, head) + (head @ self.arc_head_bias).unsqueeze(1)
        rd = self.mlp_drop(self.act(self.rel_dep(h)))
        rh = self.mlp_drop(self.act(self.rel_head(h)))
        return arcs, rd, rh, self.upos_out(h)

    def rel_scores(self, rd, rh_at_head):
        # rd, rh_at_head: [..., r] → [..., n_rels]
        bil = torch.einsum("...d,lde,...e->...l", rd, self.rel_u, rh_at_head)
        return bil + self.rel_w(torch.cat([rd, rh_at_head], -1))


def make_batch(items, word_dropout, rng, train):
    n = max(len(it["words"]) for it in items)

    def pad(key):
        return torch.tensor([it[key] + [0] * (n - len(it[key])) for it in items], dtype=torch.long)

    words = []
    for it in items:
        ws = list(it["words"])
        if train:
            # Kiperwasser & Goldberg: a word seen c times becomes unknown with probability a / (a + c).
            for i in range(1, len(ws)):
                c = it["counts"][i]
                if ws[i] != UNK and rng.random() < word_dropout / (word_dropout + c):
                    ws[i] = UNK
        words.append(ws + [0] * (n - len(ws)))
    b = {k: pad(k) for k in ("glove", "suffixes", "shapes", "tags", "heads", "rels", "upos")}
    b["words"] = torch.tensor(words, dtype=torch.long)
    b["lengths"] = torch.tensor([len(it["words"]) for it in items])
    mask = torch.arange(n).unsqueeze(0) < b["lengths"].unsqueeze(1)
    mask[:, 0] = False  # the root has no head
    b["mask"] = mask
    return b


def batches_of(data, size, rng, shuffle):
    order = sorted(range(len(data)), key=lambda i: len(data[i]["words"]))
    groups = [order[i : i + size] for i in range(0, len(order), size)]
    if shuffle:
        rng.shuffle(groups)
    return [[data[i] for i in g] for g in groups]


def loss_of(model, b):
    arcs, rd, rh, upos = model(b)
    n = arcs.shape[1]
    pad_heads = ~(torch.arange(n).unsqueeze(0) < b["lengths"].unsqueeze(1))
    arcs = arcs.masked_fill(pad_heads.unsqueeze(1), -1e9)
    m = b["mask"]
    arc_loss = nn.functional.cross_entropy(arcs[m], b["heads"][m])
    gold_rh = rh.gather(1, b["heads"].unsqueeze(-1).expand(-1, -1, rh.shape[-1]))
    rel_loss = nn.functional.cross_entropy(model.rel_scores(rd, gold_rh)[m], b["rels"][m])
    upos_loss = nn.functional.cross_entropy(upos[m], b["upos"][m])
    return arc_loss + rel_loss + upos_loss


def universal(rel):
    return rel.split(":")[0]


def evaluate(model, data, vocabs, size):
    model.eval()
    totals = Counter()
    with torch.no_grad():
        for items in batches_of(data, size, None, False):
            b = make_batch(items, 0, None, False)
            arcs, rd, rh, upos = model(b)
            n = arcs.shape[1]
            pad_heads = ~(torch.arange(n).unsqueeze(0) < b["lengths"].unsqueeze(1))
            heads = arcs.masked_fill(pad_heads.unsqueeze(1), -1e9).argmax(-1)
            at_head = rh.gather(1, heads.unsqueeze(-1).expand(-1, -1, rh.shape[-1]))
            rels = model.rel_scores(rd, at_head).argmax(-1)
            m = b["mask"]
            head_ok = (heads == b["heads"]) & m
            rel_ok = torch.tensor(
                [[universal(vocabs.relations[p]) == universal(vocabs.relations[g]) for p, g in zip(pr, gr)]
                 for pr, gr in zip(rels.tolist(), b["rels"].tolist())]
            )
            totals["words"] += int(m.sum())
            totals["heads"] += int(head_ok.sum())
            totals["labelled"] += int((head_ok & rel_ok).sum())
            totals["upos"] += int(((upos.argmax(-1) == b["upos"]) & m).sum())
    model.train()
    w = totals["words"]
    return {k: totals[k] / w for k in ("upos", "heads", "labelled")}


def write_weights(path, model, vocabs, tag_names, a, glove):
    names = [n for n, _ in model.named_parameters()]
    tensors = [p.detach().numpy().astype(np.float16) for _, p in model.named_parameters()]
    header = {
        "format": "sitrep-biaffine-1",
        "settings": vars(a),
        "words": sorted(vocabs.words, key=vocabs.words.get),
        "suffixes": sorted(vocabs.suffixes, key=vocabs.suffixes.get),
        "tags": tag_names,
        "relations": vocabs.relations,
        "upos": vocabs.upos,
        "tensors": [{"name": n, "shape": list(t.shape)} for n, t in zip(names, tensors)],
    }
    if glove is not None:
        # After the float16 tensors: one float16 scale per row, then the rows as int8.
        header["glove"] = {"words": sorted(vocabs.glove, key=vocabs.glove.get), "dims": int(glove[0].shape[1])}
    head = json.dumps(header).encode()
    with open(path, "wb") as f:
        f.write(struct.pack("<I", len(head)))
        f.write(head)
        f.write(b"\0" * ((-len(head) - 4) % 2))  # float16 data starts on an even byte
        for t in tensors:
            f.write(t.tobytes())
        if glove is not None:
            f.write(glove[1].tobytes())
            f.write(glove[0].tobytes())


def read_weights(path):
    """The model and header of a file write_weights wrote (parse-biaffine.py, export-biaffine-onnx.py)."""
    data = open(path, "rb").read()
    n = struct.unpack("<I", data[:4])[0]
    h = json.loads(data[4 : 4 + n])
    off = 4 + n + ((4 + n) % 2)
    state = {}
    for t in h["tensors"]:
        size = int(np.prod(t["shape"]))
        state[t["name"]] = torch.from_numpy(np.frombuffer(data, np.float16, size, off).astype(np.float32).reshape(t["shape"]))
        off += 2 * size
    glove = None
    if "glove" in h:
        rows, dims = len(h["glove"]["words"]), h["glove"]["dims"]
        scales = np.frombuffer(data, np.float16, rows, off)
        values = np.frombuffer(data, np.int8, rows * dims, off + 2 * rows).reshape(rows, dims)
        glove = (values, scales)
    a = argparse.Namespace(**h["settings"])
    m = Biaffine(a, len(h["words"]) + 3, len(h["suffixes"]) + 3, len(h["tags"]) + 3, len(h["relations"]), len(h["upos"]), glove)
    m.load_state_dict(state)
    m.eval()
    return m, h


def start_from(model, path, vocabs):
    """Warm start: the weights of a file trained without GloVe (same vocabularies), the first LSTM layer's
    input weights padded with zero columns for the appended GloVe input: the same function at step 0."""
    old, h = read_weights(path)
    assert h["words"] == sorted(vocabs.words, key=vocabs.words.get), "the start file's vocabulary differs"
    state = old.state_dict()
    for name, value in model.state_dict().items():
        if name == "glove":
            continue
        start = state[name]
        if start.shape != value.shape:  # lstm.weight_ih_l0 and _reverse: [4H, inputs]
            start = torch.cat([start, torch.zeros(value.shape[0], value.shape[1] - start.shape[1])], 1)
        value.copy_(start)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--epochs", type=int, default=10)
    p.add_argument("--max-minutes", type=float, default=40)
    p.add_argument("--word-dims", type=int, default=100)
    p.add_argument("--suffix-dims", type=int, default=32)
    p.add_argument("--shape-dims", type=int, default=8)
    p.add_argument("--tag-dims", type=int, default=32)
    p.add_argument("--hidden", type=int, default=160)
    p.add_argument("--layers", type=int, default=2)
    p.add_argument("--arc-dims", type=int, default=256)
    p.add_argument("--rel-dims", type=int, default=96)
    p.add_argument("--dropout", type=float, default=0.33)
    p.add_argument("--mlp-dropout", type=float, default=0.33)
    p.add_argument("--word-dropout", type=float, default=0.25)
    p.add_argument("--min-count", type=int, default=2)
    p.add_argument("--suffix-len", type=int, default=3)
    p.add_argument("--batch", type=int, default=32)
    p.add_argument("--rate", type=float, default=2e-3)
    p.add_argument("--seed", type=int, default=2017)
    p.add_argument("--glove-mode", choices=["sum", "concat"], default="sum")
    p.add_argument("--init", help="start from this weights file (trained without GloVe; --glove-mode concat)")
    p.add_argument("--glove", help="pruned GloVe rows (.npz from extract-glove.py); summed with the word embedding")
    a = p.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(a.seed)
    rng = random.Random(a.seed)
    data = json.load(open(a.data))
    glove_words, glove_values, glove_scales = quantised_glove(a.glove) if a.glove else ([], None, None)
    glove = (glove_values, glove_scales) if a.glove else None
    vocabs = Vocabs(data["train"], a.min_count, a.suffix_len, glove_words)
    train = [vocabs.encode(s) for s in data["train"]]
    dev = [vocabs.encode(s) for s in data["dev"]]
    model = Biaffine(a, len(vocabs.words) + 3, len(vocabs.suffixes) + 3, len(data["tags"]) + 3,
                     len(vocabs.relations), len(vocabs.upos), glove)
    if a.init:
        start_from(model, a.init, vocabs)
        s = evaluate(model, dev, vocabs, 64)
        print(f"start {a.init}: dev upos {s['upos']:.4f} uas {s['heads']:.4f} las {s['labelled']:.4f}", flush=True)
    opt = torch.optim.Adam(model.parameters(), lr=a.rate, betas=(0.9, 0.9))
    steps = a.epochs * math.ceil(len(train) / a.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: 0.5 * (1 + math.cos(math.pi * min(s, steps) / steps)))
    started = time.time()
    best = -1
    for epoch in range(1, a.epochs + 1):
        total = 0.0
        batches = 0
        for items in batches_of(train, a.batch, rng, True):
            loss = loss_of(model, make_batch(items, a.word_dropout, rng, True))
            opt.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            opt.step()
            sched.step()
            total += float(loss)
            batches += 1
            if epoch == 1 and batches % 100 == 0:
                print(f"  {batches} batches {(time.time() - started) / 60:.1f} min", flush=True)
        s = evaluate(model, dev, vocabs, 64)
        minutes = (time.time() - started) / 60
        print(f"epoch {epoch} {minutes:.1f} min loss {total:.0f} dev upos {s['upos']:.4f} uas {s['heads']:.4f} las {s['labelled']:.4f}", flush=True)
        if s["labelled"] > best:
            best = s["labelled"]
            write_weights(a.out, model, vocabs, data["tags"], a, glove)
        if minutes * (epoch + 1) / epoch > a.max_minutes:
            print(f"stopping: the next epoch would pass {a.max_minutes} minutes", flush=True)
            break


if __name__ == "__main__":
    main()
