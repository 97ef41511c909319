"""Trains the parser's feed-forward transition scorer (Chen & Manning 2014 without arc labels) on states
written by train-parser-net.ts, and writes the weights for it to pack. Training only: the parser runs the
net in TypeScript (src/text/syntax/net-scorer.ts). Needs Debian's python3-torch (apt-get install
python3-torch): no npm package trains neural nets on the CPU in Node without downloading native binaries.

    python3 train-parser-net.py SETTINGS.json

SETTINGS names the state files, the vocabulary counts and the output; one thread, seeded: deterministic.
"""
import json
import struct
import sys

import numpy as np
import torch

torch.set_num_threads(1)


def read_states(paths, inputs):
    rows = [np.fromfile(p, dtype=np.int32).reshape(-1, inputs + 1) for p in paths]
    return torch.from_numpy(np.concatenate(rows))


class Scorer(torch.nn.Module):
    def __init__(self, s):
        super().__init__()
        self.places = s["places"]
        self.words = torch.nn.Embedding(s["wordIds"], s["wordDims"])
        self.tags = torch.nn.Embedding(s["tagIds"], s["tagDims"])
        self.distances = torch.nn.Embedding(s["distanceBuckets"], s["distanceDims"])
        for e in (self.words, self.tags, self.distances):
            torch.nn.init.normal_(e.weight, 0.0, 0.1)
        width = self.places * (s["wordDims"] + s["tagDims"]) + s["distances"] * s["distanceDims"]
        self.hidden = torch.nn.Linear(width, s["hidden"])
        self.out = torch.nn.Linear(s["hidden"], 3)
        self.dropout = torch.nn.Dropout(s["dropout"])

    def forward(self, x):
        p = self.places
        n = x.shape[0]
        w = self.words(x[:, :p]).reshape(n, -1)
        t = self.tags(x[:, p : 2 * p]).reshape(n, -1)
        d = self.distances(x[:, 2 * p :]).reshape(n, -1)
        h = torch.relu(self.hidden(torch.cat([w, t, d], 1)))
        return self.out(self.dropout(h))


def masked_loss(scores, mask):
    """-log of the probability mass on zero-cost transitions, normalised over the legal ones."""
    bits = torch.tensor([1, 2, 4])
    zero = (mask.unsqueeze(1) & bits) != 0
    legal = ((mask >> 3).unsqueeze(1) & bits) != 0
    low = torch.tensor(-1e9)
    right = torch.logsumexp(torch.where(zero, scores, low), 1)
    every = torch.logsumexp(torch.where(legal, scores, low), 1)
    guess = torch.where(legal, scores, low).argmax(1)
    hits = zero.gather(1, guess.unsqueeze(1)).squeeze(1)
    return (every - right).mean(), hits.float().sum().item()


def drop_words(words, counts, alpha, generator):
    """Rare words become the unknown word now and then (Kiperwasser & Goldberg's word dropout), so the
    unknown word's embedding is trained on words like the ones it stands for at run time."""
    keep = torch.rand(words.shape, generator=generator) >= alpha / (alpha + counts[words])
    return torch.where(keep, words, torch.ones_like(words))


def train(s):
    torch.manual_seed(s["seed"])
    generator = torch.Generator().manual_seed(s["seed"])
    inputs = 2 * s["places"] + s["distances"]
    rows = read_states(s["states"], inputs)
    x, mask = rows[:, :inputs].long(), rows[:, inputs].long()
    counts = torch.tensor([1e9, 1e9, 1e9] + s["counts"], dtype=torch.float32)
    model = Scorer(s)
    optimiser = torch.optim.Adam(model.parameters(), lr=s["rate"])
    schedule = torch.optim.lr_scheduler.CosineAnnealingLR(optimiser, s["epochs"])
    p = s["places"]
    for epoch in range(1, s["epochs"] + 1):
        model.train()
        order = torch.randperm(len(x), generator=generator)
        total, right = 0.0, 0.0
        for start in range(0, len(x), s["batch"]):
            batch = order[start : start + s["batch"]]
            xb = x[batch].clone()
            xb[:, :p] = drop_words(xb[:, :p], counts, s["wordDropout"], generator)
            loss, hits = masked_loss(model(xb), mask[batch])
            optimiser.zero_grad()
            loss.backward()
            optimiser.step()
            total += loss.item() * len(batch)
            right += hits
        schedule.step()
        print(f"epoch {epoch}: loss {total / len(x):.4f}, oracle agreement {right / len(x):.4f} on {len(x)} states", flush=True)
    return model


def write(model, path):
    tables = {
        "words": model.words.weight,
        "tags": model.tags.weight,
        "distances": model.distances.weight,
        "hidden": model.hidden.weight,
        "hiddenBias": model.hidden.bias,
        "out": model.out.weight,
        "outBias": model.out.bias,
    }
    header = json.dumps({name: list(t.shape) for name, t in tables.items()}).encode()
    with open(path, "wb") as f:
        f.write(struct.pack("<I", len(header)))
        f.write(header)
        for t in tables.values():
            f.write(t.detach().numpy().astype("<f4").tobytes())


if __name__ == "__main__":
    settings = json.load(open(sys.argv[1]))
    write(train(settings), settings["out"])
