"""Child process of tests/db/test_crash_safety.py: commits patients until it is killed.

Prints one line per committed transaction, after the commit returned:
``c ID`` for a registration, ``u ID FAMILY`` for a rename.
"""

from __future__ import annotations

import random
import sys

from db.engine import Database
from desktop.services.common.context import ServiceContext
from desktop.services.patients import records as patients
from desktop.services.patients.validation import PatientInput


def main(url: str, seed: int) -> None:
    rng = random.Random(seed)
    ctx = ServiceContext(Database(url))
    mine: list[int] = []
    n = 0
    while True:
        n += 1
        if mine and rng.random() < 0.3:
            patient_id = rng.choice(mine)
            detail = patients.get_patient(ctx, patient_id)
            family = f"Öztürk{seed}x{n}"
            data = PatientInput(**{**detail.data.__dict__, "family_name": family})
            patients.update_patient(ctx, patient_id, detail.row_version, data)
            print(f"u {patient_id} {family}", flush=True)
        else:
            data = PatientInput(
                given_name=f"Işıl{seed}x{n}",
                family_name="Çelik",
                phone=f"+90532{seed % 1000:03d}{n % 10000:04d}",
                notes="crash test " * rng.randint(1, 200),
            )
            patient_id = patients.register_patient(ctx, data).id
            mine.append(patient_id)
            print(f"c {patient_id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
