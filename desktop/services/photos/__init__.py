"""Before/after treatment photos: import (importing.py), reads (reading.py), the pixel work
(images.py) and what erasing or exporting a patient does with them (patient_data.py)."""
