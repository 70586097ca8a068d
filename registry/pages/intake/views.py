"""Intake: editors bring articles in, check what the parser read, and accept or reject it."""

import functools

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin, UserPassesTestMixin
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.views import View
from django.views.generic import DetailView, FormView, ListView

from agreements.models import Agreement, Institution
from delegations.models import Delegation, Meeting
from registry.common.data_versions import cached
from registry.common.fragments import CachedFragmentsMixin
from registry.ingest.articles import ArticleFileError
from registry.ingest.pipeline import IngestError
from registry.ingest.review import (
    ProposalError,
    accept,
    frequent_corrections,
    highlighted,
    institution_matches,
    parser_accuracy,
    propose,
    reject,
)
from registry.models import Proposal
from registry.pages.intake.forms import NewArticleForm, ReviewForms

#: Reviewing is changing records: an editor or an admin has these, a viewer does not.
REVIEW_PERMISSIONS = (
    "agreements.change_institution",
    "agreements.change_agreement",
    "delegations.change_delegation",
    "delegations.change_meeting",
)


def may_review(user):
    return user.is_active and user.is_staff and user.has_perms(REVIEW_PERMISSIONS)


class ReviewerRequiredMixin(LoginRequiredMixin, UserPassesTestMixin):
    """Editors and admins only; a signed-in viewer gets 403, not a login page."""

    raise_exception = False
    extra_context = {"section": "intake"}

    def test_func(self):
        return may_review(self.request.user)

    def handle_no_permission(self):
        if self.request.user.is_authenticated:
            raise PermissionDenied("Only editors review articles.")
        return super().handle_no_permission()


class ProposalListView(ReviewerRequiredMixin, ListView):
    """Articles waiting for review, newest first, with how many records of each type the parser read."""

    template_name = "intake/proposal_list.html"
    paginate_by = 25

    def get_queryset(self):
        return Proposal.objects.pending().select_related("created_by")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["recent"] = Proposal.objects.exclude(state="pending").select_related("decided_by")[:10]
        reviewed = list(Proposal.objects.reviewed().values_list("scores", "corrections"))
        context["reviewed_count"] = len(reviewed)
        context["accuracy"] = parser_accuracy(scores for scores, _ in reviewed)
        context["corrections"] = frequent_corrections(corrections for _, corrections in reviewed)
        return context


class NewArticleView(ReviewerRequiredMixin, FormView):
    template_name = "intake/new_article.html"
    form_class = NewArticleForm

    def form_valid(self, form):
        data = form.cleaned_data
        try:
            with transaction.atomic():
                proposal = propose(
                    data["body"],
                    title=data.get("title") or "",
                    published=data.get("published"),
                    url=data.get("url") or "",
                    file_name=data["file_name"],
                    origin=data["origin"],
                    user=self.request.user,
                )
        except (ArticleFileError, ProposalError) as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        messages.success(
            self.request, "The parser read the article: check its records, then accept or reject."
        )
        return redirect(proposal)


class ReviewView(ReviewerRequiredMixin, CachedFragmentsMixin, DetailView):
    """The article with each record's evidence marked, beside the records to correct, accept or reject.

    Kept in the cache until the proposals or the records change (registry.common.fragments).
    """

    template_name = "intake/review.html"
    queryset = Proposal.objects.select_related("created_by", "decided_by")
    context_object_name = "proposal"
    fragment_scopes = ("records", "intake")
    shows_messages = True

    def get(self, request, *args, **kwargs):
        def build():
            self.object = self.get_object()
            return self.render(ReviewForms(self.object, choices=self.choices()))

        return self.cached_response(build)

    def post(self, request, *args, **kwargs):
        self.object = proposal = self.get_object()
        if not proposal.is_pending:
            messages.error(request, f"This proposal was already {proposal.get_state_display().lower()}.")
            return redirect(proposal)
        if request.POST.get("action") == "reject":
            return self.reject(proposal)
        review = ReviewForms(proposal, request.POST, choices=self.choices())
        if not review.is_valid():
            return self.render(review, status=400)
        extraction, changes, origins = review.extraction(self.known)
        try:
            accept(proposal, extraction, user=request.user, corrections=changes, origins=origins)
        except IngestError as error:
            review.errors.append(str(error).replace("\nNothing was loaded.", ""))
            return self.render(review, status=400)
        messages.success(request, f"Accepted: “{proposal}” is in the registry, its records reviewed by you.")
        return redirect("intake:proposal-list")

    def reject(self, proposal):
        reason = self.request.POST.get("reason", "").strip()
        if not reason:
            messages.error(self.request, "Say why it is rejected: the reason is kept with the proposal.")
            return redirect(proposal)
        reject(proposal, user=self.request.user, reason=reason)
        messages.success(self.request, f"Rejected: “{proposal}”.")
        return redirect("intake:proposal-list")

    def choices(self):
        """Per institution record: the loader's match and the close candidates, for its select."""
        proposal = self.object
        records = proposal.proposed.get("institutions", [])
        pks = {pk for found in proposal.candidates.values() for pk in found}
        self.matches, self.known = institution_matches(records, pks)
        choices = []
        for record, (match, _, _, shared) in zip(records, self.matches, strict=True):
            options = [match] if match else []
            options += shared + [
                self.known[pk] for pk in proposal.candidates.get(record["name"], []) if pk in self.known
            ]
            choices.append([(str(i.pk), f"{i.name} (no. {i.pk})") for i in dict.fromkeys(options)])
        return choices

    def render(self, review, status=200):
        proposal = self.object
        records = proposal.proposed
        evidence = [
            (f"{kind[0]}{index}", record.get("evidence") or "")
            for kind in ("agreements", "delegations", "meetings")
            for index, record in enumerate(records.get(kind, []))
        ]
        institution_rows = [
            {"form": form, "match": match, "spelling": spelling, "how": how}
            for form, (match, spelling, how, _) in zip(
                review.sets["institutions"].forms, [*self.matches, (None, "", "", [])], strict=False
            )
        ]
        context = self.get_context_data(
            review=review,
            institution_rows=institution_rows,
            article=highlighted(proposal.text, evidence),
            warnings=records.get("warnings", []),
        )
        return self.render_to_response(context, status=status)


REVIEWABLE = {
    ("agreements", "institution"): Institution,
    ("agreements", "agreement"): Agreement,
    ("delegations", "delegation"): Delegation,
    ("delegations", "meeting"): Meeting,
}


class MarkReviewedView(LoginRequiredMixin, View):
    """ "Mark reviewed" on a record's page: an editor says they have checked it as it stands."""

    http_method_names = ["post"]

    def post(self, request, app_label, model_name, pk):
        model = REVIEWABLE.get((app_label, model_name))
        if model is None:
            raise Http404("No such kind of record.")
        if not (request.user.is_staff and request.user.has_perm(f"{app_label}.change_{model_name}")):
            raise PermissionDenied("Only editors mark records reviewed.")
        record = get_object_or_404(model, pk=pk)
        if record.reviewed_at is None:
            record.mark_reviewed(request.user)
        return redirect(record)


def waiting(request):
    """Context processor: how many articles wait for review, for staff's header (counted only if shown)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_staff:
        return {}

    @functools.cache
    def intake_waiting():  # templates call it; counted once a request, and only where shown
        return cached("intake", "waiting", Proposal.objects.pending().count)

    return {"intake_waiting": intake_waiting}
