"""The kinds, statuses and lifecycle stages of agreements (the models and the validity rules share them)."""

from django.db import models


class AgreementKind(models.TextChoices):
    MOU = "mou", "Memorandum of understanding"
    COOPERATION_AGREEMENT = "cooperation_agreement", "Cooperation agreement"
    STUDENT_EXCHANGE = "student_exchange", "Student exchange agreement"
    PARTNERSHIP = "partnership", "Key partnership"
    JOINT_INSTITUTE = "joint_institute", "Joint institute agreement"
    OTHER = "other", "Other"


class AgreementStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    DISCUSSED = "discussed", "Discussed"
    AWAITING_SIGNATURE = "awaiting", "Awaiting signature"
    SIGNED = "signed", "Signed"
    RENEWED = "renewed", "Renewed"
    EXPIRED = "expired", "Expired"
    TERMINATED = "terminated", "Terminated"


class Lifecycle(models.TextChoices):
    """Where an agreement stands on a given day, worked out from its status and validity dates."""

    DISCUSSED = "discussed", "Discussed"
    IN_PREPARATION = "in_preparation", "In preparation"
    ACTIVE = "active", "Active"
    NO_END_DATE = "no_end_date", "No end date recorded"
    EXPIRING_SOON = "expiring_soon", "Expiring soon"
    EXPIRED = "expired", "Expired"
    TERMINATED = "terminated", "Terminated"


#: The office's own preparation steps before a signature (news reports no such stage; "discussed" is the
#: news' word for a negotiation): agreements in these are "in preparation", never in force.
DRAFTING_STATUSES = (AgreementStatus.DRAFT, AgreementStatus.AWAITING_SIGNATURE)
