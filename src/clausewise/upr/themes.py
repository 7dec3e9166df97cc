"""Which resolutions are on a UPR Info theme: words of their titles, per theme.

A resolution's title names its subject ("Moratorium on the use of the death penalty",
"Rights of the child"), so a theme is matched on titles, not on any paragraph mentioning
it (every human-rights text mentions children somewhere). Themes too broad to tell from a
title (General, Other, International instruments) have no pattern and so no theme links;
their recommendations can still be linked by shared language.
"""

from __future__ import annotations

import re

_PATTERNS = {
    "Asylum-seekers - refugees": r"refugee|asylum",
    "CP rights - general": r"civil and political rights",
    "Civil society": r"civil society|human rights defenders|civic space",
    "Corruption": r"corruption|illicit financial flows",
    "Counter-terrorism": r"terroris",
    "Death penalty": r"death penalty|capital punishment",
    "Detention": r"detention|detained|prisoners|deprived of their liberty|arbitrary arrest",
    "Development": r"right to development",
    "Disabilities": r"disabilit",
    "ESC rights - general": r"economic, social and cultural rights",
    "Elections": r"election|democra",
    "Enforced disappearances": r"disappearance|missing persons",
    "Environment": r"environment|climate change",
    "Extrajudicial executions": r"extrajudicial|summary or arbitrary executions",
    "Freedom of association and peaceful assembly": r"peaceful assembly|freedom of association|peaceful protests",
    "Freedom of movement": r"freedom of movement",
    "Freedom of opinion and expression": r"freedom of opinion and expression|freedom of expression",
    "Freedom of religion and belief": r"religio|belief",
    "Freedom of the press": r"journalists|freedom of expression|media",
    "HIV - Aids": r"hiv|aids",
    "Human rights defenders": r"human rights defenders",
    "Human rights education and training": r"human rights education|human rights training",
    "Human rights violations by state agents": r"law enforcement|use of force|torture|extrajudicial",
    "Impunity": r"impunity|accountability|transitional justice|truth, justice",
    "Indigenous peoples": r"indigenous",
    "Internally displaced persons": r"internally displaced",
    "International humanitarian law": r"humanitarian law|protection of civilians|geneva conventions",
    "Justice": r"administration of justice|independence of judges|rule of law|judges and lawyers",
    "Labour": r"labour|decent work|right to work|forced labour|child labour",
    "Migrants": r"migrant|migration",
    "Minorities": r"minorit|roma\b",
    "NHRI": r"national institutions for the promotion and protection of human rights|national human rights institutions",
    "National plan of action": r"national action plan|plan of action",
    "Poverty": r"poverty",
    "Public security": r"crime prevention|law enforcement|small arms|firearms",
    "Racial discrimination": r"racis|racial discrimination|xenophobia|durban",
    "Right to education": r"right to education|education",
    "Right to food": r"right to food|food security",
    "Right to health": r"right of everyone to the enjoyment of the highest attainable standard|right to health|health",
    "Right to housing": r"housing",
    "Right to land": r"\bland\b|land tenure",
    "Right to water": r"water and sanitation|drinking water|right to water",
    "Rights of the Child": r"rights of the child|child|girl",
    "Sexual Orientation and Gender Identity": r"sexual orientation|gender identity",
    "Special procedures": r"special rapporteur|special procedures",
    "Technical assistance and cooperation": r"technical assistance|technical cooperation|capacity-building",
    "Torture and other CID treatment": r"torture",
    "Trafficking": r"trafficking",
    "Treaty bodies": r"treaty bod",
    "UPR process": r"universal periodic review",
    "Women's rights": r"women|gender equality|girl|female genital",
}

THEME_PATTERNS = {t: re.compile(p) for t, p in _PATTERNS.items()}


def themes_of_title(title: str | None) -> tuple[str, ...]:
    """The UPR Info themes a resolution's title is on."""
    t = (title or "").lower()
    return tuple(name for name, p in THEME_PATTERNS.items() if p.search(t))


def title_match(theme: str, title: str | None) -> str | None:
    """The words of `title` that put it on `theme` (for a link's reason)."""
    p = THEME_PATTERNS.get(theme)
    m = p.search((title or "").lower()) if p else None
    return m.group() if m else None
