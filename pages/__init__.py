"""The public pages that span the content apps: home, search, about, sitemaps, robots.txt."""
