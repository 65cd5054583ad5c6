"""Reported speech: an attribution closing its clause and going on to a reporting
participle ("..., Lee said, adding ..."), a name opening on a particle after "spokesman
for", a quoted sentence after one telling what a person named earlier in full did, and the
description before a participle phrase ("A doctor treating Ann Lee said")."""

from __future__ import annotations

from tests.reading import quote_triples as _read


def test_attribution_going_on_to_a_participle_closes_the_clause_before() -> None:
    text = "Roads were closed. Prices will rise, said Ann Lee, adding that the bank would act."
    assert _read(text) == [
        ("Prices will rise", "Ann Lee", "said"),
        ("the bank would act", "Ann Lee", "adding"),
    ]


def test_the_participle_after_an_inverted_attribution_keeps_its_speaker() -> None:
    text = (
        "Roads were closed. North Bank continues to raise its fees for small firms, "
        "Mara Olsen said, adding some of these fees are too high."
    )
    assert _read(text) == [
        ("North Bank continues to raise its fees for small firms", "Mara Olsen", "said"),
        ("some of these fees are too high", "Mara Olsen", "adding"),
    ]


def test_a_time_phrase_is_no_clause_before_the_attribution() -> None:
    text = (
        "Roads were closed. Two days earlier, Tom Reyes testified before the panel, "
        "alleging that the mayor took bribes. Prices will rise, said Ann Lee, adding that rates "
        "would climb."
    )
    assert ("Two days earlier", "Tom Reyes", "testified") not in _read(text)
    assert ("Prices will rise", "Ann Lee", "said") in _read(text)


def test_a_name_opening_on_a_particle_after_spokesman_for() -> None:
    text = "Roads were closed. A spokesman for al-Masri stated that the fighters had left the town."
    assert _read(text) == [
        ("the fighters had left the town", "spokesman for al-Masri", "stated")
    ]


def test_a_quote_after_a_surname_of_one_named_in_full_who_acted() -> None:
    text = (
        "Premier Joan Castell spoke in Perth. Senator Bill Moss said the deal was a fix. "
        '"Of course it is a fix," said Moss.\n\n'
        'Castell rejected that reading of events. "We did not write the deal, the courts did."'
    )
    assert _read(text)[-1] == ("We did not write the deal, the courts did.", "Joan Castell", None)


def test_the_description_before_a_participle_phrase_speaks() -> None:
    text = "Ann Lee was hurt. A doctor treating Ms Lee said her condition was stable."
    assert _read(text) == [("her condition was stable", "doctor", "said")]
    text = "The mill closed. A lawyer representing the Moss family said the suit would go ahead."
    assert _read(text) == [("the suit would go ahead", "lawyer", "said")]
    # "calling itself X" names the speaker, and an adjective is no participle
    text = "The mill closed. A group calling itself the Red Hand demanded that the mill reopen."
    assert [sp for _, sp, _ in _read(text)] != ["group"]
