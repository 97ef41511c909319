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
m, h = tb.read_weights(path)
class Export(torch.nn.Module):
    def __init__(s, m): super().__init__(); s.m = m
    def forward(s, words, glove, suffixes, shapes, tags):
        # As Biaffine.encode: the GloVe row summed with the word's, or appended (--glove-mode).
        w = s.m.word(words)
        if s.m.glove is not None and not s.m.glove_concat:
            w = w + s.m.glove[glove]
        parts = [w, s.m.suffix(suffixes), s.m.shape(shapes), s.m.tag(tags)]
        if s.m.glove_concat:
            parts.append(s.m.glove[glove])
        x = torch.cat(parts, -1)
        hs, _ = s.m.lstm(x)
        dep = s.m.act(s.m.arc_dep(hs)); head = s.m.act(s.m.arc_head(hs))
        arcs = (dep @ s.m.arc_u) @ head.transpose(1, 2) + (head @ s.m.arc_head_bias).unsqueeze(1)
        rd = s.m.act(s.m.rel_dep(hs)); rh = s.m.act(s.m.rel_head(hs))
        proj = torch.einsum("bid,lde->bile", rd, s.m.rel_u)
        return arcs, rd, rh, proj, s.m.upos_out(hs)
e = Export(m)
T = 12
ex = tuple(torch.randint(3, 6, (1, T)) for _ in range(5))
torch.onnx.export(e, ex, out, input_names=["words","glove","suffixes","shapes","tags"], output_names=["arcs","rd","rh","proj","upos"],
  dynamic_axes={k: {1: "T"} for k in ["words","glove","suffixes","shapes","tags"]} | {"arcs": {1: "T", 2: "T"}, "rd": {1: "T"}, "rh": {1: "T"}, "proj": {1: "T"}, "upos": {1: "T"}}, opset_version=13)
print("ok")
