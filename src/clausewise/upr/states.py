"""UPR Info's short State names -> the names the UN writes (data/member_states.txt), so a
State's page joins its recommendations to the resolutions it sponsored. Names already the
UN's pass through; a name neither knows is kept as written."""

from __future__ import annotations

import html

UPR_INFO = {
    "Antigua & Barbuda": "Antigua and Barbuda",
    "Bolivia": "Bolivia (Plurinational State of)",
    "Bosnia & Herzegovina": "Bosnia and Herzegovina",
    "Cote d'Ivoire": "Côte d’Ivoire",
    "DPR Korea": "Democratic People’s Republic of Korea",
    "Democratic Republic of Congo": "Democratic Republic of the Congo",
    "Guinea Bissau": "Guinea-Bissau",
    "Iran": "Iran (Islamic Republic of)",
    "Laos": "Lao People’s Democratic Republic",
    # the name under which it was reviewed in 2009-2014 (North Macedonia since 2019)
    "Macedonia FYR": "The former Yugoslav Republic of Macedonia",
    "Micronesia": "Micronesia (Federated States of)",
    "Moldova": "Republic of Moldova",
    "Palestine": "State of Palestine",
    "Republic of Congo": "Congo",
    "Sao Tome & Principe": "Sao Tome and Principe",
    "St Kitts & Nevis": "Saint Kitts and Nevis",
    "St Lucia": "Saint Lucia",
    "St Vincent & the Grenadines": "Saint Vincent and the Grenadines",
    "Syria": "Syrian Arab Republic",
    "Tanzania": "United Republic of Tanzania",
    "Trinidad & Tobago": "Trinidad and Tobago",
    "United Kingdom": "United Kingdom of Great Britain and Northern Ireland",
    "United States": "United States of America",
    "Venezuela": "Venezuela (Bolivarian Republic of)",
}

UNKNOWN = "(Unknown)"  # UPR Info's placeholder for a recommending State it could not name


def un_name(raw: str) -> str | None:
    """The UN's name for UPR Info's `raw` (HTML entities decoded: the export writes
    "&#40;Unknown&#41;"); None for the unknown State."""
    name = " ".join(html.unescape(raw).split())
    if not name or name == UNKNOWN:
        return None
    return UPR_INFO.get(name, name)
