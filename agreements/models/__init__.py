"""The agreements app's models, one module per object; every public name is importable from here."""

from agreements.models.agreements import (
    EXPIRING_SOON_DAYS,
    RENEWAL_CHAIN_MAX_STEPS,
    Agreement,
    AgreementCitation,
    AgreementKind,
    AgreementQuerySet,
    AgreementStatus,
    Lifecycle,
    Party,
    PartyManager,
    Signatory,
    SignatoryManager,
    renewal_steps,
)
from agreements.models.base import (
    Reviewable,
    ReviewableQuerySet,
    TimestampedModel,
    UidManager,
    record_uid_field,
    years_before,
)
from agreements.models.institutions import (
    Institution,
    InstitutionCitation,
    InstitutionKind,
    InstitutionName,
    InstitutionNameManager,
    InstitutionQuerySet,
    NameKind,
)
from agreements.models.merging import InstitutionMerge, InstitutionMergeManager
from agreements.models.people import Person, PersonManager
from agreements.models.sources import Citation, CitationManager, Source, SourceManager

__all__ = [
    "EXPIRING_SOON_DAYS",
    "RENEWAL_CHAIN_MAX_STEPS",
    "Agreement",
    "AgreementCitation",
    "AgreementKind",
    "AgreementQuerySet",
    "AgreementStatus",
    "Citation",
    "CitationManager",
    "Institution",
    "InstitutionCitation",
    "InstitutionKind",
    "InstitutionMerge",
    "InstitutionMergeManager",
    "InstitutionName",
    "InstitutionNameManager",
    "InstitutionQuerySet",
    "Lifecycle",
    "NameKind",
    "Party",
    "PartyManager",
    "Person",
    "PersonManager",
    "Reviewable",
    "ReviewableQuerySet",
    "Signatory",
    "SignatoryManager",
    "Source",
    "SourceManager",
    "TimestampedModel",
    "UidManager",
    "record_uid_field",
    "renewal_steps",
    "years_before",
]
