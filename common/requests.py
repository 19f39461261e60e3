"""Requests the site turns away before any view runs."""

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, SkipFile
from django.shortcuts import render

# What no URL or query string of the site ever holds: NUL cannot even be stored in PostgreSQL.
FORBIDDEN = "\x00"


def is_malformed(request):
    if FORBIDDEN in request.path:
        return True
    return any(
        FORBIDDEN in key or any(FORBIDDEN in value for value in values)
        for key, values in request.GET.lists()
    )


class MalformedRequestMiddleware:
    """A NUL character in the path or the query string gets a translated 400 page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if is_malformed(request):
            return render(request, "400.html", status=400)
        return self.get_response(request)


class SkipFiles(FileUploadHandler):
    """Public forms take no files: any file part of a request is dropped unread and unstored."""

    def new_file(self, *args, **kwargs):
        raise SkipFile

    def receive_data_chunk(self, raw_data, start):
        return None

    def file_complete(self, file_size):
        return None


class PublicBodyLimitMiddleware:
    """Bodies sent to public pages are small (an inquiry is a few kilobytes): a larger one is
    refused with a translated 413 page before it is read, and file parts are never stored.
    Paths under ``PORTAL_BODY_LIMIT_EXEMPT`` (the admin, which takes uploads) are not limited.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(tuple(settings.PORTAL_BODY_LIMIT_EXEMPT)):
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > settings.PORTAL_PUBLIC_BODY_MAX_BYTES:
                return render(request, "413.html", status=413)
            request.upload_handlers = [SkipFiles(request)]
        return self.get_response(request)
