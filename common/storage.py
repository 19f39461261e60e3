"""Media storage that never leaves a partial file: each upload is written under a temporary
name and renamed into place only when complete, so a full disk or a crash half-way through
leaves nothing behind."""

import os
import uuid

from django.core.files.storage import FileSystemStorage


class AtomicFileSystemStorage(FileSystemStorage):
    def _save(self, name, content):
        directory, base = os.path.split(name)
        partial = os.path.join(directory, f".partial-{uuid.uuid4().hex}-{base}")
        try:
            written = super()._save(partial, content)
        except BaseException:
            # The failed write's bytes, if any: never shown as the record's file.
            if os.path.exists(self.path(partial)):
                os.remove(self.path(partial))
            raise
        final = self.get_available_name(name)
        os.replace(self.path(written), self.path(final))
        return final.replace("\\", "/")
