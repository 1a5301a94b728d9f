"""Signed consent: versioned forms (templates.py), signing and withdrawal (signing.py), the
treatment rule that asks for them (rule.py) and the proof checked by `peeldesk audit verify`
(proof.py)."""
