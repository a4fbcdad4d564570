# officials-kg: `make demo` builds the graph of the bundled sample; `make test` runs the tests.
# Both create .venv/ and install what they need; only `make test` installs system packages (Debian, as root or
# through sudo, only those missing): g++, pkg-config and libicu-dev (PyICU builds from source), chromium and a
# CJK font (browser tests). `make clean` removes .venv/, .kg/ and everything generated in output/.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip --disable-pip-version-check -q

.PHONY: demo test chromium model orgmodel bench clean

$(VENV)/.core: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	  || { echo "officials-kg needs Python 3.11 or newer; run: make PYTHON=python3.11 ..."; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(PIP) install -e .
	@touch $@

$(VENV)/.test: $(VENV)/.core
	./.ci/install-system-packages build
	$(PIP) install -e '.[test]'
	@touch $@

demo: $(VENV)/.core
	$(BIN)/kg build samples/ -o output/

# chromium and a CJK font, each installed if missing (a machine with chromium may still lack the font)
chromium:
	@./.ci/install-system-packages browser

test: $(VENV)/.test chromium
	$(BIN)/python -m pytest

# The spaCy NER model (extract/models/zh_officials_ner) from the public corpora in ../shared/data:
# about 30-40 minutes on two CPU cores; GPU=0 trains on the first GPU (needs cupy).
model: $(VENV)/.core
	$(BIN)/python -m extract.training.spacy_ner --data $(or $(DATA),../shared/data) --gpu $(or $(GPU),-1)

# The organization tagger (extract/models/orgs.npz; off by default, on with --model extract/models/orgs.npz), numpy only,
# about 3 minutes on two CPU cores (prints the tuning and held-out scores).
orgmodel: $(VENV)/.core
	$(BIN)/python -m extract.training.orgs --data $(or $(DATA),../shared/data)

# output/ keeps only .gitkeep; .output.build-* are what killed builds leave beside it (kg.export.publish)
clean:
	rm -rf $(VENV) .kg notebooks/out .output.build-*
	find output -mindepth 1 -maxdepth 1 ! -name .gitkeep -exec rm -rf {} +
