"""Fill in deploy/nginx.conf.template: ``python deploy/render.py KEY=value ... > nginx.conf``.

Only ``${UPPER_CASE}`` placeholders are filled; nginx's own ``$variables`` stay as they are.
"""

import string
import sys
from pathlib import Path

TEMPLATE = Path(__file__).with_name("nginx.conf.template")


class Placeholders(string.Template):
    pattern = r"""
    \$(?:
      (?P<escaped>(?!))|
      (?P<named>(?!))|
      {(?P<braced>[A-Z_]+)}|
      (?P<invalid>(?!))
    )
    """


def render(**values):
    return Placeholders(TEMPLATE.read_text()).substitute(values)


if __name__ == "__main__":
    pairs = dict(arg.split("=", 1) for arg in sys.argv[1:])
    sys.stdout.write(render(**pairs))
