"""The corpus-wide speaker list: one row per person or body, most quoted first."""

from tui_reader.analysis.corpus_wide.roster import corpus_speakers
from tui_reader.analysis.model import Analysis, Speaker


def article(*speakers: Speaker) -> Analysis:
    return Analysis(speakers=list(speakers))


def test_a_person_is_one_row_under_the_fullest_name():
    rows = corpus_speakers([
        article(Speaker("Helen Ashby", aliases=["Ms Ashby", "Ashby"], quotes=2, role="chief executive")),
        article(Speaker("Ashby", aliases=["Ms Ashby"], quotes=3)),
        article(Speaker("Retail Union", kind="org", quotes=1)),
    ])
    assert [(r.name, r.articles, r.quotes) for r in rows] == [("Helen Ashby", 2, 5), ("Retail Union", 1, 1)]
    assert rows[0].role == "chief executive"
    assert "Ms Ashby" in rows[0].aliases


def test_two_people_sharing_a_surname_stay_apart():
    rows = corpus_speakers([
        article(Speaker("Gordon Brown", quotes=4)),
        article(Speaker("Nick Brown", quotes=1)),
        article(Speaker("Mr Brown", quotes=1)),
    ])
    assert sorted(r.name for r in rows) == ["Gordon Brown", "Mr Brown", "Nick Brown"]


def test_organisations_merge_only_on_the_same_name():
    rows = corpus_speakers([
        article(Speaker("Retail Union", kind="org", quotes=1)),
        article(Speaker("retail union", kind="org", quotes=1)),
        article(Speaker("Union", kind="org", quotes=1)),
    ])
    assert sorted((r.name, r.quotes) for r in rows) == [("Retail Union", 2), ("Union", 1)]


def test_a_speaker_quoted_twice_in_one_article_counts_one_article():
    rows = corpus_speakers([article(Speaker("Ann Lee", quotes=1), Speaker("Mrs Lee", quotes=1))])
    assert [(r.name, r.articles, r.quotes) for r in rows] == [("Ann Lee", 1, 2)]


def test_a_surname_taken_for_an_organisation_joins_its_one_person():
    rows = corpus_speakers([
        article(Speaker("Jose Lindqvist", aliases=["Lindqvist"], quotes=2)),
        article(Speaker("Lindqvist", kind="org", quotes=1)),
        article(Speaker("Labour", kind="org", quotes=1)),
    ])
    assert [(r.name, r.kind, r.articles, r.quotes) for r in rows] == [
        ("Jose Lindqvist", "person", 2, 3), ("Labour", "org", 1, 1)
    ]


def test_no_person_is_listed_twice_under_two_spellings():
    from tui_reader.analysis.corpus_wide.identity import same_person

    rows = corpus_speakers([
        article(Speaker("Tony Blair", aliases=["Mr Blair", "Blair", "prime minister"], quotes=3)),
        article(Speaker("Blair", aliases=["Mr Blair"], quotes=1), Speaker("Gordon Brown", aliases=["Brown"], quotes=1)),
        article(Speaker("Tony Blair's", aliases=["Blair"], quotes=1), Speaker("Mr Brown", quotes=2)),
        article(Speaker("Ken Clarke", aliases=["Clarke", "Tory Ken Clarke"], quotes=1)),
        article(Speaker("Charles Clarke", aliases=["Mr Clarke", "home secretary"], quotes=1)),
    ])
    people = [r.name for r in rows if r.kind == "person"]
    assert "Tony Blair" in people and "Gordon Brown" in people
    for a in people:
        for b in people:
            if a != b and same_person(a, b):
                # Two rows that could be one person must be kept apart by a third.
                short = min(a, b, key=len)
                assert any(same_person(short, c) and not same_person(c, max(a, b, key=len)) for c in people)


def test_one_name_given_two_kinds_is_one_row():
    rows = corpus_speakers([
        article(Speaker("Rail Union", kind="person", quotes=2)),
        article(Speaker("Rail Union", kind="org", quotes=1)),
        article(Speaker("Rail Union", kind="org", quotes=1)),
    ])
    assert [(r.name, r.kind, r.articles, r.quotes) for r in rows] == [("Rail Union", "org", 3, 4)]


def test_a_description_an_article_gave_a_person_is_not_their_name():
    rows = corpus_speakers([
        article(Speaker("Ann Brydon", aliases=["report", "Ms Brydon"], quotes=2)),
        article(Speaker("report", kind="role", quotes=1)),
    ])
    assert sorted((r.name, r.kind) for r in rows) == [("Ann Brydon", "person"), ("report", "role")]
