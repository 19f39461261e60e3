"""The admin's home page: for each member of staff, what needs doing, with links to it.

Each count is the number of rows the link's filtered admin list shows.
"""

from django.db.models import Count, Q
from django.urls import reverse

from common import register
from common.languages import columns
from common.translation import TranslationStatus
from figures.dashboard import figures_to_verify
from inquiries.dashboard import inquiry_panel
from news.models import SourceDocument

IMPORTS_LISTED = 5


def admin_url(model, name="changelist", *args):
    return reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_{name}", args=args)


def content_panel(user):
    """Per public kind the staff member may edit: records awaiting a review of their
    translation, whose translation is out of date, missing a language, and not published."""
    rows = []
    for kind in register.kinds():
        model = kind.model
        if not user.has_perm(f"{model._meta.app_label}.change_{model._meta.model_name}"):
            continue
        statuses = columns("translation_status")
        awaiting, stale, missing = Q(), Q(), Q()
        for field in statuses:
            awaiting |= Q(**{field: TranslationStatus.TRANSLATED})
            stale |= Q(**{field: TranslationStatus.STALE})
            missing |= Q(**{field: TranslationStatus.MISSING})
        counts = model.objects.aggregate(
            awaiting=Count("pk", filter=awaiting),
            stale=Count("pk", filter=stale),
            missing=Count("pk", filter=missing),
            drafts=Count("pk", filter=Q(is_published=False)),
        )
        url = admin_url(model)
        rows.append(
            {
                "label": model._meta.verbose_name_plural,
                "url": url,
                "awaiting": counts["awaiting"],
                "awaiting_url": f"{url}?translation=awaiting_review",
                "stale": counts["stale"],
                "stale_url": f"{url}?translation=stale",
                "missing": counts["missing"],
                "missing_url": f"{url}?translation=missing",
                "drafts": counts["drafts"],
                "drafts_url": f"{url}?is_published__exact=0",
            }
        )
    return rows


def recent_imports(user):
    if not user.has_perm("news.view_sourcedocument"):
        return None
    documents = SourceDocument.objects.annotate(item_count=Count("items")).order_by("-imported_at")
    return [
        {"document": document, "url": admin_url(SourceDocument, "change", document.pk)}
        for document in documents[:IMPORTS_LISTED]
    ]


def dashboard(user):
    return {
        "inquiries": inquiry_panel(user),
        "content": content_panel(user),
        "figures": figures_to_verify(user),
        "imports": recent_imports(user),
    }
