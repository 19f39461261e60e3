"""The generator: makes the demo records of one scale, kind after kind."""

from .deals import MakesDeals
from .figures import MakesFigures
from .making import cumulative
from .news import MakesNews
from .parks import MakesParks


class Generator(MakesParks, MakesFigures, MakesDeals, MakesNews):
    """Makes the demo records of one scale, kind after kind, in chunks."""

    def run(self):
        self.load_sectors()
        self.make_districts()
        self.make("parks", self.park)
        self.make_figures()
        self.park_weights = cumulative(self.park_sizes)
        self.make("enterprises", self.enterprise)
        self.stages = []
        self.make("agreements", self.agreement)
        self.save_stages()
        self.make("opportunities", self.opportunity)
        self.make_news()
        return self.made
