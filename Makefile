# Thin aliases for ./dev, which does the real work (and works without make).
.PHONY: run test setup lint bench bundle translations
run:
	./dev run
test:
	./dev test
setup:
	./dev setup
lint:
	./dev lint
bench:
	.venv/bin/python -m bench
bundle:
	./dev bundle
translations:
	.venv/bin/python scripts/translations.py update
