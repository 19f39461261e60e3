"""News documents imported from the admin: upload, see what the import will do, then confirm
or cancel. The same import as ``manage.py import_news``: all documents or none, idempotent,
what editors changed is kept, and a bad file is refused with nothing changed.

The uploaded documents wait in the shared cache (so any app server can confirm them) under a
random token, for an hour, tied to the member of staff who uploaded them.
"""

import secrets
from collections import Counter
from pathlib import Path

from django import forms
from django.contrib import messages
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from common import pagecache, register

from .importing import changed, import_document
from .mentions import MentionFinder
from .models import NewsItem, SourceDocument
from .parsing import MAX_BYTES, DocumentError, decode_document, parse_document

MAX_FILES = 20
MAX_TOTAL_BYTES = 10 * 1024 * 1024
STAGED_SECONDS = 3600
PERMISSIONS = ("news.add_newsitem", "news.change_newsitem")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ".txt,text/plain"}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(file, initial) for file in files]


class UploadForm(forms.Form):
    documents = MultipleFileField(
        label=gettext_lazy("News documents"),
        help_text=gettext_lazy(
            "Plain-text news documents, English or Chinese (UTF-8 or GB18030/GBK): up to 20 "
            "files at a time, each at most 2 MB."
        ),
    )
    restore_deleted = forms.BooleanField(
        label=gettext_lazy("Re-create news items that an editor deleted"), required=False
    )

    def clean_documents(self):
        files = self.cleaned_data["documents"]
        if len(files) > MAX_FILES:
            raise ValidationError(_("Choose at most %(n)s documents at a time.") % {"n": MAX_FILES})
        staged, errors, total = [], [], 0
        for upload in files:
            name = Path(upload.name.replace("\\", "/")).name
            total += upload.size
            if not name or len(name) > 200 or any(ord(ch) < 32 for ch in name):
                errors.append(_("A file name must be 1 to 200 printable characters."))
                continue
            if name in (n for n, _raw in staged):
                errors.append(_("%(name)s: chosen twice.") % {"name": name})
                continue
            raw = upload.read(MAX_BYTES + 1)
            try:
                text, encoding = decode_document(raw)
                parse_document(text, encoding)
            except DocumentError as error:
                where = (
                    _("%(name)s, line %(line)s") % {"name": name, "line": error.line}
                    if error.line
                    else name
                )
                errors.append(f"{where}: {error.message}")
                continue
            staged.append((name, raw))
        if total > MAX_TOTAL_BYTES:
            errors.append(_("Together the documents may hold at most 10 MB."))
        if errors:
            errors.append(_("Nothing was imported."))
            raise ValidationError(errors)
        return staged


def run_import(staged, restore_deleted, stats):
    """Import the documents (inside the caller's transaction); return them."""
    finder = MentionFinder()
    documents = [
        import_document(
            file_name=name, raw=raw, stats=stats, restore_deleted=restore_deleted, finder=finder
        )
        for name, raw in staged
    ]
    if changed(stats):
        pagecache.bump_on_commit()  # citations are written in bulk, without signals
    return documents


def preview(staged, restore_deleted):
    """What the import would do, read from an import that is then rolled back."""
    names = [name for name, _raw in staged]
    before = dict(
        NewsItem.objects.filter(source_document__file_name__in=names).values_list(
            "seed_key", "updated_at"
        )
    )
    known = set(
        SourceDocument.objects.filter(file_name__in=names).values_list("file_name", "sha256")
    )
    stats = Counter()
    with transaction.atomic():
        documents = run_import(staged, restore_deleted, stats)
        described = [describe(document, before, known) for document in documents]
        transaction.set_rollback(True)
    return described, stats


def describe(document, before, known):
    items = document.items.order_by("position").prefetch_related("citations")
    if (document.file_name, document.sha256) in known:
        outcome = _("unchanged")
    elif any(name == document.file_name for name, _sha in known):
        outcome = _("changed since the last import")
    else:
        outcome = _("new")
    rows = []
    for item in items:
        if item.seed_key not in before:
            state = _("will be created")
        elif before[item.seed_key] != item.updated_at:
            state = _("will be updated")
        else:
            state = _("unchanged")
        linked = []
        for citation in item.citations.all():
            record = citation.record
            kind = register.kind_of(record)
            label = f"{kind.heading}: {record}" if kind else str(record)
            if label not in linked:
                linked.append(label)
        rows.append({"item": item, "state": state, "linked": linked})
    return {
        "document": document,
        "outcome": outcome,
        "language": document.get_language_display(),
        "items": rows,
    }


def staged_key(token):
    return f"news-import:{token}"


def check_permission(request):
    if not request.user.has_perms(PERMISSIONS):
        raise PermissionDenied


def import_view(model_admin, request):
    """Upload, then the preview; or the form again with what is wrong."""
    check_permission(request)
    context = {**model_admin.admin_site.each_context(request), "opts": SourceDocument._meta}
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        staged = form.cleaned_data["documents"]
        restore = form.cleaned_data["restore_deleted"]
        documents, stats = preview(staged, restore)
        token = secrets.token_urlsafe(24)
        cache.set(
            staged_key(token),
            {"user": request.user.pk, "files": staged, "restore": restore},
            STAGED_SECONDS,
        )
        return TemplateResponse(
            request,
            "admin/news/import_preview.html",
            {
                **context,
                "title": _("Check the import"),
                "documents": documents,
                "changes": changed(stats),
                "token": token,
            },
        )
    return TemplateResponse(
        request,
        "admin/news/import_form.html",
        {**context, "title": _("Import news documents"), "form": form},
    )


def confirm_view(model_admin, request):
    check_permission(request)
    if request.method != "POST":
        return redirect("admin:news_sourcedocument_import")
    key = staged_key(request.POST.get("token", "")[:64])
    staged = cache.get(key)
    if not staged or staged["user"] != request.user.pk:
        messages.error(
            request,
            _("This import has expired or was already done: upload the documents again."),
        )
        return redirect("admin:news_sourcedocument_import")
    if "cancel" in request.POST:
        cache.delete(key)
        messages.info(request, _("Import cancelled: nothing was changed."))
        return redirect("admin:news_sourcedocument_import")
    stats = Counter()
    try:
        with transaction.atomic():
            documents = run_import(staged["files"], staged["restore"], stats)
    except DocumentError as error:  # the files were checked on upload; kept for safety
        messages.error(request, _("Nothing was imported: %(error)s") % {"error": error.message})
        return redirect("admin:news_sourcedocument_import")
    cache.delete(key)
    for document in documents:
        model_admin.log_change(request, document, _("Imported from the admin"))
    count = changed(stats)
    messages.success(
        request,
        ngettext("Imported: %(n)s record changed.", "Imported: %(n)s records changed.", count)
        % {"n": count}
        if count
        else _("Nothing changed: everything was up to date."),
    )
    return redirect(reverse("admin:news_newsitem_changelist"))
