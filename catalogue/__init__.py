"""The seed catalogue: reads, checks and imports everything under seeds/."""
