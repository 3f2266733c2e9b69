"""The claim builders: each turns the figures, dates and names of a prepared document into ``Claim``s.

``counts`` (troops, casualties, quantities, durations; ``nouns`` reads the counted noun phrase),
``events`` (event dates), ``participants`` (countries taking part), ``people`` (named officials).
"""
