"""gunicorn for one app server of the portal: ``gunicorn -c deploy/gunicorn.conf.py portal.wsgi``.

Every value can be set from the environment; the defaults suit a 2-core machine behind the
nginx configuration beside this file.
"""

import multiprocessing
import os

bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8001")
# Sync workers: the views are short and the database is the limit; 2 per core plus one.
workers = int(os.environ.get("GUNICORN_WORKERS", str(multiprocessing.cpu_count() * 2 + 1)))
worker_class = "sync"
# A request that takes longer is a fault: the worker is replaced, the others keep serving.
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
# Recycle workers now and then, so that no slow leak grows for ever.
max_requests = 5000
max_requests_jitter = 500
# Only the reverse proxy talks to gunicorn; the site reads X-Forwarded-For itself
# (PORTAL_TRUSTED_PROXY_COUNT), so gunicorn need not trust it for anything else.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# Request lines and headers stay small: the site's longest URL is a filtered list.
limit_request_line = 8190
limit_request_fields = 100
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
