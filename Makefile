# officials-kg: `make demo` builds the graph of the bundled sample; `make test` runs the tests.
# Both create .venv/ and install what they need; only `make test` installs Chromium (browser tests).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test chromium model bench clean

$(VENV)/.core: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	  || { echo "officials-kg needs Python 3.11 or newer; run: make PYTHON=python3.11 ..."; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -e .
	@touch $@

$(VENV)/.test: $(VENV)/.core
	$(PIP) install -e '.[test]'
	@touch $@

demo: $(VENV)/.core
	$(BIN)/kg build samples/ -o output/

chromium:
	@command -v chromium >/dev/null 2>&1 || ./.ci/install-chromium

test: $(VENV)/.test chromium
	$(BIN)/python -m pytest

# The spaCy NER model (extract/models/zh_officials_ner) from the public corpora in ../shared/data:
# about 30-40 minutes on two CPU cores; GPU=0 trains on the first GPU (needs cupy).
model: $(VENV)/.core
	$(BIN)/python -m extract.training.spacy_ner --data $(or $(DATA),../shared/data) --gpu $(or $(GPU),-1)

clean:
	rm -rf $(VENV) .kg output/*.html output/*.graphml output/*.gexf output/*.json output/lib
