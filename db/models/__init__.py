"""All ORM models; importing this package registers every table on Base.metadata."""

from db.models.audit import AuditEvent, AuditPersonalValue, Setting
from db.models.base import Base
from db.models.catalog import TreatmentArea
from db.models.consent import ConsentTemplate, ConsentWithdrawal, SignedConsent
from db.models.handout import HandoutTemplate
from db.models.money import (
    Course,
    CourseSession,
    MoneyEvent,
    Receipt,
    ReceiptCancellation,
)
from db.models.patient import Patient, PatientSearchToken
from db.models.photo import PhotoBlob, TreatmentPhoto
from db.models.pricing import PriceBand, PriceList, PriceRule
from db.models.quote import NumberSequence, Quote, QuoteLine
from db.models.resources import DeviceOutage, LaserDevice, Room, WorkingHours
from db.models.staff import Staff
from db.models.treatment import FollowUp, SessionArea, TreatmentSession

__all__ = [
    "AuditEvent",
    "AuditPersonalValue",
    "Base",
    "ConsentTemplate",
    "ConsentWithdrawal",
    "Course",
    "CourseSession",
    "DeviceOutage",
    "FollowUp",
    "HandoutTemplate",
    "LaserDevice",
    "MoneyEvent",
    "NumberSequence",
    "Patient",
    "PatientSearchToken",
    "PhotoBlob",
    "PriceBand",
    "PriceList",
    "PriceRule",
    "Quote",
    "QuoteLine",
    "Receipt",
    "ReceiptCancellation",
    "Room",
    "SessionArea",
    "Setting",
    "SignedConsent",
    "Staff",
    "TreatmentArea",
    "TreatmentPhoto",
    "TreatmentSession",
    "WorkingHours",
]
