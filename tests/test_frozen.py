"""clausewise.frozen.maker: the positional constructors the parser makes records with."""

from __future__ import annotations

import dataclasses

import pytest

from clausewise.frozen import maker
from clausewise.model import FootnoteRef, Item, Paragraph, Sponsor


@pytest.mark.parametrize(
    "cls, args",
    [
        (Paragraph, ("para_1", "operative", "1", "Decides", "Decides so.", (), (), None)),
        (Item, ("para_1__list_1__point_a", "a", "text", (), (FootnoteRef("1", 3),))),
        (FootnoteRef, ("*", 0)),
        (Sponsor, ("Cuba", "1", "On behalf of ...")),
    ],
)
def test_made_records_are_the_dataclasses_own(cls, args):
    made, want = maker(cls)(*args), cls(*args)
    assert type(made) is cls
    assert made == want and hash(made) == hash(want) and repr(made) == repr(want)
    assert tuple(getattr(made, f.name) for f in dataclasses.fields(cls)) == args
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.__setattr__(dataclasses.fields(cls)[0].name, "changed")


def test_every_field_is_asked_for():
    with pytest.raises(TypeError):
        maker(FootnoteRef)("*")  # the offset, though it has no default there either
    with pytest.raises(TypeError):
        maker(Paragraph)("para_1", "operative", "1", "Decides", "text")  # no defaults


def test_only_frozen_slotted_dataclasses():
    @dataclasses.dataclass(frozen=True)
    class NoSlots:
        a: int

    @dataclasses.dataclass(slots=True)
    class NotFrozen:
        a: int

    for cls in (NoSlots, NotFrozen):
        with pytest.raises(TypeError, match="frozen dataclasses with slots"):
            maker(cls)
