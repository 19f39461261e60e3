"""The chain drawn as an SVG: its links top to bottom, upstream first, with arrows between.

Only coordinates are computed here; ``templates/chains/diagram.html`` draws them, so the
drawing is server-rendered markup with its own title, description and links.
"""

from dataclasses import dataclass

WIDTH = 640
BOX_HEIGHT = 72
GAP = 28
MARGIN = 4


@dataclass(frozen=True)
class Box:
    link: object
    x: int
    y: int
    width: int
    height: int

    @property
    def text_x(self):
        return self.x + 20

    @property
    def name_y(self):
        return self.y + 30

    @property
    def counts_y(self):
        return self.y + 54

    @property
    def badge_x(self):
        return self.x + self.width - 16


@dataclass(frozen=True)
class Arrow:
    x: int
    y1: int
    y2: int

    @property
    def head(self):
        """The arrowhead's points, for a polygon."""
        return f"{self.x - 7},{self.y2 - 9} {self.x + 7},{self.y2 - 9} {self.x},{self.y2}"


def layout(links):
    boxes, arrows = [], []
    width = WIDTH - 2 * MARGIN
    for index, link in enumerate(links):
        y = MARGIN + index * (BOX_HEIGHT + GAP)
        boxes.append(Box(link, MARGIN, y, width, BOX_HEIGHT))
        if index:
            arrows.append(Arrow(WIDTH // 2, y - GAP + 2, y - 2))
    height = 2 * MARGIN + max(len(links) * (BOX_HEIGHT + GAP) - GAP, 0)
    return {"width": WIDTH, "height": height, "boxes": boxes, "arrows": arrows}
