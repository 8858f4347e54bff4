"""spaCy's parser and NER, run with the GIL held: the same transitions, without
millions of GIL hand-overs.

spaCy's greedy transition loop (``Parser._parseC``) runs inside ``with nogil``,
but the wheel's compiled ``predict_states`` re-takes the GIL for an exception
check after each of its inner calls: once per hidden unit, per state, per
step, some twenty million take/drop pairs (mutexes and a condition variable
each) over 300 generated articles, about a third of the parser's and the
NER's time. Called with the GIL already held, each check is a counter
increment. :func:`speed_up` makes the model's ``parser`` and ``ner`` call
the same compiled ``_parseC``, found through the class's Cython vtable, by a
``ctypes`` function pointer that keeps the GIL (``PYFUNCTYPE``): the same
code on the same inputs, so the same parse and entities
(``tests/test_held_gil_parse.py`` compares them with spaCy's own call).

A batch's parse then holds the GIL from start to end, so another Python
thread of the process waits for it; kg parses in one thread per process.

It relies on spaCy's binary layout (``_parseC`` first in ``Parser``'s
vtable; a ``StateClass`` holding its ``StateC*`` just before its ``doc``).
A wrong vtable entry would crash rather than fail a check, so the swap is
made only for the spaCy releases in :data:`VERIFIED` (each compared with
spaCy's own parse by ``tests/test_held_gil_parse.py``); the layout is also
checked on a test doc. Otherwise (another spaCy, another layout, a GPU) the
components are left as spaCy made them.
"""
from __future__ import annotations

import ctypes
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language


class _Weights(ctypes.Structure):
    """spaCy's ``WeightsC`` (spacy/ml/parser_model.pxd)."""

    _fields_ = [(name, ctypes.c_void_p) for name in
                ("feat_weights", "feat_bias", "hidden_bias", "hidden_weights", "seen_classes")]


class _Sizes(ctypes.Structure):
    """spaCy's ``SizesC`` (spacy/ml/parser_model.pxd)."""

    _fields_ = [(name, ctypes.c_int) for name in
                ("states", "classes", "hiddens", "pieces", "feats", "embed_width")]


def _capsule_pointer(capsule) -> int:
    name = ctypes.pythonapi.PyCapsule_GetName
    name.restype, name.argtypes = ctypes.c_char_p, [ctypes.py_object]
    pointer = ctypes.pythonapi.PyCapsule_GetPointer
    pointer.restype, pointer.argtypes = ctypes.c_void_p, [ctypes.py_object, ctypes.c_char_p]
    return pointer(capsule, name(capsule))


class _Compiled:
    """spaCy's compiled functions, as ``ctypes`` calls that keep the GIL."""

    def __init__(self):
        import spacy.ml.parser_model as parser_model
        from spacy.pipeline._parser_internals.stateclass import StateClass
        from spacy.pipeline.transition_parser import Parser

        exported = parser_model.__pyx_capi__
        self.weights = ctypes.PYFUNCTYPE(_Weights, ctypes.py_object)(
            _capsule_pointer(exported["get_c_weights"]))
        self.sizes = ctypes.PYFUNCTYPE(_Sizes, ctypes.py_object, ctypes.c_int)(
            _capsule_pointer(exported["get_c_sizes"]))
        vtable = _capsule_pointer(Parser.__dict__["__pyx_vtable__"])
        self.parse = ctypes.PYFUNCTYPE(  # Parser._parseC(self, cblas, states, weights, sizes)
            None, ctypes.py_object, ctypes.py_object, ctypes.POINTER(ctypes.c_void_p),
            _Weights, _Sizes,
        )(ctypes.cast(vtable, ctypes.POINTER(ctypes.c_void_p))[0])
        # StateClass: PyObject head, vtable, StateC* c, Doc doc, int _borrowed
        self.state_offset = ctypes.sizeof(ctypes.c_void_p) * 3
        self.state_size = StateClass.__basicsize__

    def state_pointer(self, state) -> int:
        """The ``StateC*`` inside a ``StateClass``."""
        return ctypes.c_void_p.from_address(id(state) + self.state_offset).value

    def layout_holds(self, state) -> bool:
        """Whether ``state`` has the layout read here: its ``doc`` right after its ``c``."""
        if type(state).__basicsize__ != self.state_size:
            return False
        after = ctypes.c_void_p.from_address(id(state) + self.state_offset + ctypes.sizeof(ctypes.c_void_p))
        return after.value == id(state.doc) and bool(self.state_pointer(state))


#: spaCy releases whose compiled layout this module was checked against.
VERIFIED = frozenset({"3.8.18"})

_COMPILED: _Compiled | None = None


def _greedy_parse(self, docs, drop: float = 0.0):
    """spaCy's ``Parser.greedy_parse``, calling ``_parseC`` without releasing the GIL."""
    from thinc.api import set_dropout_rate

    compiled = _COMPILED
    cblas = self.model.ops.cblas()
    self._ensure_labels_are_added(docs)
    set_dropout_rate(self.model, drop)
    batch = self.moves.init_batch(docs)
    model = self.model.predict(docs)
    weights = compiled.weights(model)
    pointers = [compiled.state_pointer(state) for state in batch if not state.is_final()]
    if pointers:
        states = (ctypes.c_void_p * len(pointers))(*pointers)
        compiled.parse(self, cblas, states, weights, compiled.sizes(model, len(pointers)))
    model.clear_memory()
    del model
    return batch


_CLASSES: dict[type, type] = {}


def _held_class(cls: type) -> type:
    """A subclass of ``cls`` whose ``greedy_parse`` keeps the GIL."""
    if cls not in _CLASSES:
        _CLASSES[cls] = type(cls.__name__, (cls,), {
            "__module__": __name__, "greedy_parse": _greedy_parse,
            "__doc__": f"spaCy's {cls.__name__}, parsing with the GIL held (see kg.held_gil_parse).",
        })
    return _CLASSES[cls]


def _held(component):
    """A twin of ``component`` (same vocabulary, model, moves and settings) of the
    subclass above: spaCy's compiled classes cannot have their instances' class swapped."""
    cfg = component.cfg
    twin = _held_class(type(component))(  # (the arguments both the parser and the NER take)
        component.vocab, component.model, component.name, component.moves,
        update_with_oracle_cut_size=cfg["update_with_oracle_cut_size"],
        beam_width=cfg["beam_width"], beam_density=cfg["beam_density"],
        beam_update_prob=cfg["beam_update_prob"], incorrect_spans_key=cfg.get("incorrect_spans_key"),
        scorer=component.scorer,
    )
    twin.cfg = cfg  # the rest of the settings (learn_tokens, min_action_freq…), as loaded
    twin._multitasks = component._multitasks
    twin._rehearsal_model = component._rehearsal_model
    return twin


def speed_up(nlp: Language) -> None:
    """Make the pipeline's parser and NER parse with the GIL held, where spaCy's
    layout is the one this module reads (else leave them as they are)."""
    global _COMPILED
    import spacy
    from spacy.pipeline.transition_parser import Parser
    from thinc.api import NumpyOps

    if spacy.__version__ not in VERIFIED:
        return
    try:
        compiled = _COMPILED or _Compiled()
    except (KeyError, AttributeError, ValueError):
        return
    for i, (name, component) in enumerate(nlp._components):
        if not isinstance(component, Parser) or type(component) in _CLASSES.values():
            continue
        if type(component.model.ops) is not NumpyOps or component.cfg.get("beam_width", 1) != 1:
            continue
        upper = component.model.get_ref("upper") if component.model.has_ref("upper") else None
        if upper is None or upper.maybe_get_dim("nO") != component.moves.n_moves:
            continue  # (a new twin would resize the model's output)
        states = component.moves.init_batch([nlp.make_doc("Un essai.")])
        if not states or not compiled.layout_holds(states[0]):
            continue
        _COMPILED = compiled
        nlp._components[i] = (name, _held(component))
