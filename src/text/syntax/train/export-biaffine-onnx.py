# Exports models/syntax-parser-biaffine.bin as ONNX, only to time the net in onnxruntime-node
# (models/README.md; not a dependency): python3 export-biaffine-onnx.py WEIGHTS.bin OUT.onnx
# Outputs per sentence (batch 1, root first): arc scores, the relation MLPs' states and, per word and
# relation, the dependent's share of the bilinear (rd · U_l), so only a dot product per relation is left.
import argparse
import importlib.util
import json
import os
import struct
import sys

import numpy as np
import torch

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("tb", os.path.join(here, "train-parser-biaffine.py"))
tb = importlib.util.module_from_spec(spec); spec.loader.exec_module(tb)
torch.set_num_threads(1)
path, out = sys.argv[1], sys.argv[2]
data = open(path, "rb").read()
n = struct.unpack("<I", data[:4])[0]
h = json.loads(data[4:4+n]); off = 4 + n + ((4+n) % 2)
a = argparse.Namespace(**h["settings"])
m = tb.Biaffine(a, len(h["words"])+3, len(h["suffixes"])+3, len(h["tags"])+3, len(h["relations"]), len(h["upos"]))
sd = {}
for t in h["tensors"]:
    size = int(np.prod(t["shape"]))
    sd[t["name"]] = torch.from_numpy(np.frombuffer(data, np.float16, size, off).astype(np.float32).reshape(t["shape"]))
    off += 2*size
m.load_state_dict(sd); m.eval()
class Export(torch.nn.Module):
    def __init__(s, m): super().__init__(); s.m = m
    def forward(s, words, suffixes, shapes, tags):
        x = torch.cat([s.m.word(words), s.m.suffix(suffixes), s.m.shape(shapes), s.m.tag(tags)], -1)
        hs, _ = s.m.lstm(x)
        dep = s.m.act(s.m.arc_dep(hs)); head = s.m.act(s.m.arc_head(hs))
        arcs = (dep @ s.m.arc_u) @ head.transpose(1, 2) + (head @ s.m.arc_head_bias).unsqueeze(1)
        rd = s.m.act(s.m.rel_dep(hs)); rh = s.m.act(s.m.rel_head(hs))
        proj = torch.einsum("bid,lde->bile", rd, s.m.rel_u)
        return arcs, rd, rh, proj, s.m.upos_out(hs)
e = Export(m)
T = 12
ex = tuple(torch.randint(3, 6, (1, T)) for _ in range(4))
torch.onnx.export(e, ex, out, input_names=["words","suffixes","shapes","tags"], output_names=["arcs","rd","rh","proj","upos"],
  dynamic_axes={k: {1: "T"} for k in ["words","suffixes","shapes","tags"]} | {"arcs": {1: "T", 2: "T"}, "rd": {1: "T"}, "rh": {1: "T"}, "proj": {1: "T"}, "upos": {1: "T"}}, opset_version=13)
print("ok")
