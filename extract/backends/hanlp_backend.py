"""HanLP 2.1 models already on disk as a backend (``pip install '.[hanlp]'``).

    load("hanlp", path="DIR")     a HanLP model directory (it holds config.json or meta.json), e.g.
                                  ~/.hanlp/mtl/close_tok_pos_ner_srl_dep_sdp_con_electra_small_20210304_135840
    load("hanlp")                 the first NER model under $HANLP_HOME (mtl/*ner*/, then ner/*/)

officials-kg never downloads a model.  HanLP itself fetches whatever a model names
that is not on disk (its transformer, a tokenizer) and retries for a long time
when the network is closed; so this backend

1. checks that the model directory exists before importing HanLP (no path, no import);
2. sets ``HANLP_HOME`` before ``import hanlp`` (HanLP reads it only then): the
   user's value, or else the folder two levels above the model (HanLP's own layout,
   ``HOME/mtl/MODEL``), where the files the model names are looked for;
3. replaces HanLP's downloader with one that fails at once, naming the missing file,
   and sets ``HF_HUB_OFFLINE``/``TRANSFORMERS_OFFLINE`` unless the user set them.

A multi-task model (``MultiTaskLearning``) is asked for its NER task (``ner/msra``,
``ner/pku`` or ``ner/ontonotes``, in that order); its token offsets are turned into
character offsets through its tokenizer's words.  If it also has ``pos/pku``, the
backend segments too (``tokens``), with PKU tags, which are close to LAC's.  A
single-task NER model reads the text as characters.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from extract.backends import Token
from extract.errors import MissingDependency, ModelNotFound

INSTALL = ".venv/bin/pip install '.[hanlp]' --extra-index-url https://download.pytorch.org/whl/cpu"
HOW = ("give --model a HanLP model directory (it holds config.json or meta.json) or set HANLP_HOME to a "
       "folder that holds one under mtl/ or ner/; officials-kg never downloads models: fetch one where the "
       "network is open (hanlp.load once) and copy HANLP_HOME over")

NER_TASKS = ("ner/msra", "ner/pku", "ner/ontonotes")
# HanLP's entity labels (MSRA, PKU, OntoNotes) -> the protocol's.
LABELS = {"PERSON": "PER", "PER": "PER", "nr": "PER", "NR": "PER",
          "ORGANIZATION": "ORG", "ORG": "ORG", "nt": "ORG", "NT": "ORG",
          "LOCATION": "LOC", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC", "ns": "LOC", "NS": "LOC"}
# PKU part-of-speech tags that LAC writes otherwise (organizations.py reads LAC's).
_PKU_TO_LAC = {"nr": "PER", "ns": "LOC", "nt": "ORG", "t": "TIME"}


def _is_model(path: Path) -> bool:
    return (path / "config.json").is_file() or (path / "meta.json").is_file()


def find_model(path: str | None, home: str | None) -> tuple[Path, Path]:
    """The model directory and the HANLP_HOME to use; ModelNotFound when there is none (nothing imported)."""
    if path:
        model = Path(path).expanduser()
        if not model.is_dir() or not _is_model(model):
            raise ModelNotFound("hanlp", str(model), HOW)
        return model, Path(home).expanduser() if home else model.resolve().parent.parent
    if not home:
        raise ModelNotFound("hanlp", None, HOW)
    root = Path(home).expanduser()
    if not root.is_dir():
        raise ModelNotFound("hanlp", str(root), "HANLP_HOME is not a directory; " + HOW)
    candidates = sorted(p for p in root.glob("mtl/*") if "ner" in p.name and p.is_dir() and _is_model(p))
    candidates += sorted(p for p in root.glob("ner/*") if p.is_dir() and _is_model(p))
    if not candidates:
        raise ModelNotFound("hanlp", str(root), "HANLP_HOME holds no NER model under mtl/ or ner/; " + HOW)
    return candidates[0], root


def _import_hanlp(home: Path):
    """``import hanlp`` with HANLP_HOME set first, and its downloads turned into errors."""
    os.environ.setdefault("HANLP_HOME", str(home))
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    try:
        import hanlp
        from hanlp.utils import component_util, io_util
    except ImportError:
        raise MissingDependency("the hanlp backend", "hanlp", INSTALL) from None

    def no_download(url: str = "", save_path: str = "", *args, **kwargs) -> str:
        raise ModelNotFound("hanlp", save_path or None,
                            f"the model needs {url}, which is not on disk and officials-kg does not download; "
                            f"fetch it where the network is open and copy it to {save_path}")

    def no_pypi(*args, **kwargs):
        raise OSError("officials-kg does not ask PyPI for versions")

    io_util.download = no_download
    component_util.get_latest_info_from_pypi = no_pypi
    return hanlp


def _char_offsets(text: str, words: Sequence[str]) -> list[tuple[int, int] | None]:
    """Where each word of a segmentation lies in ``text`` (None for a word not found in order)."""
    out: list[tuple[int, int] | None] = []
    pos = 0
    for w in words:
        start = text.find(w, pos) if w else -1
        if start < 0:
            out.append(None)
            continue
        out.append((start, start + len(w)))
        pos = start + len(w)
    return out


class HanlpBackend:
    name = "hanlp"
    whole_text = False
    checks_names = False

    def __init__(self, path: str | None = None) -> None:
        model_dir, home = find_model(path, os.environ.get("HANLP_HOME"))
        hanlp = _import_hanlp(home)
        try:
            model = hanlp.load(str(model_dir))
        except ModelNotFound:
            raise
        except ImportError as e:
            raise MissingDependency(f"the HanLP model at {model_dir}", e.name or "hanlp[full]",
                                    ".venv/bin/pip install 'hanlp[full]==2.1.5'") from None
        except (OSError, ValueError, KeyError, RuntimeError, AttributeError) as e:
            first = (str(e).strip().splitlines() or [type(e).__name__])[0]
            raise ModelNotFound("hanlp", str(model_dir), f"HanLP could not load it ({first[:200]}); {HOW}") from None
        self._model = model
        self.path = str(model_dir)
        tasks = getattr(model, "tasks", None)
        if isinstance(tasks, dict):
            ner = [t for t in NER_TASKS if t in tasks] or sorted(t for t in tasks if t.startswith("ner"))
            if not ner:
                raise ModelNotFound("hanlp", str(model_dir), f"that multi-task model has no ner task "
                                    f"(it has {', '.join(sorted(tasks))}); {HOW}")
            self._ner = ner[0]
            tok = [t for t in ("tok/fine", "tok/coarse") if t in tasks] or sorted(t for t in tasks if t.startswith("tok"))
            self._tok = tok[0] if tok else None
            self._pos = "pos/pku" if "pos/pku" in tasks and self._tok else None
        else:
            self._ner, self._tok, self._pos = None, None, None
        self.segments = self._pos is not None

    def _run(self, text: str, task: str):
        # the tokenizer's task is asked for too, so that its words are in the output
        return self._model(text, tasks=[self._tok, task] if self._tok else [task])

    def entities(self, text: str, *, skip: Sequence[tuple[int, int]] = ()) -> Sequence[Token]:
        # ``skip`` (spans the grammar read) is not used: the model reads the text in context
        if not text.strip():
            return []
        out: list[Token] = []
        if self._ner is None:
            # a single-task model reads characters; white space becomes a comma so that offsets stay put
            chars = ["，" if c.isspace() else c for c in text]
            for _, label, start, end in self._model(chars):
                if label in LABELS:
                    out.append((start, end, LABELS[label]))
            return out
        doc = self._run(text, self._ner)
        offsets = _char_offsets(text, doc[self._tok]) if self._tok else [(i, i + 1) for i in range(len(text))]
        for _, label, start, end in doc[self._ner]:
            if label not in LABELS or not 0 <= start < end <= len(offsets):
                continue
            a, b = offsets[start], offsets[end - 1]
            if a is not None and b is not None:
                out.append((a[0], b[1], LABELS[label]))
        return out

    def tokens(self, text: str) -> Sequence[Token] | None:
        if self._pos is None:
            return None
        if not text.strip():
            return []
        doc = self._run(text, self._pos)
        out: list[Token] = []
        for span, tag in zip(_char_offsets(text, doc[self._tok]), doc[self._pos]):
            if span is not None:
                out.append((span[0], span[1], _PKU_TO_LAC.get(tag, tag)))
        return out

