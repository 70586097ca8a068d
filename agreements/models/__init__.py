"""The agreements app's models, one module per object; every public name is importable from here."""

from agreements.models.agreements import (
    EXPIRING_SOON_DAYS,
    RENEWAL_CHAIN_MAX_STEPS,
    Agreement,
    AgreementCitation,
    AgreementQuerySet,
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
from agreements.models.choices import DRAFTING_STATUSES, AgreementKind, AgreementStatus, Lifecycle
from agreements.models.contacts import Contact, ContactRole, Coordinator
from agreements.models.documents import AgreementDocument, DocumentKind, document_storage
from agreements.models.exchange import (
    EXCHANGE_KINDS,
    ISCED_FIELDS,
    ExchangeDirection,
    ExchangePlaces,
    Mobility,
    StudyLevel,
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
from agreements.models.reminders import ExpiryReminder, coordinator_emails
from agreements.models.sources import Citation, CitationManager, Source, SourceManager
from agreements.models.workflow import (
    NEXT_STATUSES,
    PREPARATION_STATUSES,
    WORKFLOW_LABELS,
    StateChange,
    days_waiting,
    in_preparation,
    workflow_choices,
)

__all__ = [
    "EXCHANGE_KINDS",
    "ISCED_FIELDS",
    "NEXT_STATUSES",
    "PREPARATION_STATUSES",
    "WORKFLOW_LABELS",
    "AgreementDocument",
    "Contact",
    "ContactRole",
    "Coordinator",
    "ExchangeDirection",
    "DocumentKind",
    "ExchangePlaces",
    "ExpiryReminder",
    "Mobility",
    "StateChange",
    "StudyLevel",
    "coordinator_emails",
    "days_waiting",
    "document_storage",
    "in_preparation",
    "workflow_choices",
    "DRAFTING_STATUSES",
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
