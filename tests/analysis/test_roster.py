"""The corpus-wide speaker list and the roles it shows; every name here is invented."""

from tui_reader.analysis.corpus_wide.roles import best_role, role_head, title_role
from tui_reader.analysis.corpus_wide.roster import corpus_speakers
from tui_reader.analysis.model import Analysis, Entity, Speaker


def article(*speakers: Speaker, entities: tuple[Entity, ...] = ()) -> Analysis:
    return Analysis(speakers=list(speakers), entities=list(entities))


def person(text: str) -> Entity:
    return Entity(0, len(text), text, "PERSON")


def test_a_person_is_one_row_under_the_usual_full_name():
    rows = corpus_speakers([
        article(Speaker("Helen Ashgrove", aliases=["Ms Ashgrove", "Ashgrove"], quotes=2, role="chief executive")),
        article(Speaker("Ashgrove", aliases=["Ms Ashgrove"], quotes=3)),
        article(Speaker("Helen Ashgrove's", kind="org", quotes=1)),
        article(Speaker("Retail Union", kind="org", quotes=1)),
    ])
    assert [(r.name, r.kind, r.articles, r.quotes) for r in rows] == [
        ("Helen Ashgrove", "person", 3, 6), ("Retail Union", "org", 1, 1)
    ]
    assert rows[0].role == "chief executive"
    assert "Ms Ashgrove" in rows[0].aliases


def test_a_title_and_surname_joins_the_one_full_name():
    rows = corpus_speakers([
        article(Speaker("Amara Quell", aliases=["Quell"], quotes=4)),
        article(Speaker("President Quell", quotes=2)),
        article(Speaker("Quell", kind="org", quotes=1)),
    ])
    assert [(r.name, r.articles, r.quotes) for r in rows] == [("Amara Quell", 3, 7)]
    assert rows[0].role == "President"


def test_family_members_sharing_a_surname_stay_apart_and_the_dominant_one_takes_the_surname():
    articles = [article(Speaker("Dessa Brannock", aliases=["Brannock"], quotes=2)) for _ in range(9)]
    articles += [
        article(Speaker("Orrin Brannock", quotes=1)),
        article(Speaker("Walter Brannock", quotes=1)),
        article(Speaker("Brannock", kind="org", quotes=5)),
    ]
    rows = corpus_speakers(articles)
    assert sorted((r.name, r.quotes) for r in rows) == [
        ("Dessa Brannock", 23), ("Orrin Brannock", 1), ("Walter Brannock", 1)
    ]


def test_a_surname_takes_the_full_name_its_article_gives_the_person():
    rows = corpus_speakers([
        article(Speaker("Malvik", kind="org", quotes=2), entities=(person("Ondrej Malvik"),)),
        article(Speaker("Ondrej Malvik", quotes=1)),
        article(Speaker("Petra Malvik", quotes=1)),
        article(Speaker("Petra Malvik", quotes=1)),
    ])
    assert sorted((r.name, r.articles, r.quotes) for r in rows) == [("Ondrej Malvik", 2, 3), ("Petra Malvik", 2, 2)]


def test_non_people_are_not_listed_as_people():
    rows = corpus_speakers([
        article(Speaker("Vornholt University", kind="person", quotes=3)),
        article(Speaker("Bob", quotes=9)),
        article(Speaker("statement", kind="role", quotes=2)),
        article(Speaker("Talia Vornholt", quotes=1)),
    ])
    assert [(r.name, r.kind) for r in rows] == [("Vornholt University", "org"), ("Talia Vornholt", "person")]
    everything = corpus_speakers([article(Speaker("Bob", quotes=9)), article(Speaker("statement", kind="role"))], True)
    assert sorted((r.name, r.kind) for r in everything) == [("Bob", "given"), ("statement", "role")]


def test_organisations_merge_on_the_same_name_only():
    rows = corpus_speakers([
        article(Speaker("Retail Union", kind="org", quotes=1)),
        article(Speaker("the retail union", kind="org", quotes=1)),
        article(Speaker("Union", kind="org", quotes=1)),
    ])
    assert sorted((r.name, r.quotes) for r in rows) == [("Retail Union", 2), ("Union", 1)]


def test_a_speaker_quoted_twice_in_one_article_counts_one_article():
    rows = corpus_speakers([article(Speaker("Ann Leckworth", quotes=1), Speaker("Mrs Leckworth", quotes=1))])
    assert [(r.name, r.articles, r.quotes) for r in rows] == [("Ann Leckworth", 1, 2)]


def test_the_role_is_the_most_frequent_real_role():
    rows = corpus_speakers([
        article(Speaker("Jane Tarrow", role="runner")),
        article(Speaker("Jane Tarrow", role="runner")),
        article(Speaker("Jane Tarrow", role="defensive")),
        article(Speaker("Jane Tarrow", role="Labour candidate")),
        article(Speaker("Sen. Jane Tarrow")),
        article(Speaker("Jane Tarrow", role="Senator")),
    ])
    assert rows[0].role == "Sen."


def test_role_phrases_are_headed_by_a_role_noun():
    assert role_head("campaign manager") == ("campaign manager", "manager")
    assert role_head("Vermont Sen.") == ("Vermont Sen.", "senator")
    assert role_head("University of Elsewhere professor") == ("University of Elsewhere professor", "professor")
    assert role_head("director of the Institute for Invented Studies who once ran a bakery")[0] == (
        "director of the Institute for Invented Studies"
    )
    assert role_head("Acme 's chief economist") == ("Acme's chief economist", "economist")
    for stray in ("runner", "defensive", "able candidate", "the other candidate", "co", "broadband", "m."):
        assert role_head(stray) is None, stray


def test_titles_give_roles_and_honorifics_do_not():
    assert title_role("New Jersey Gov.") == "New Jersey Gov."
    assert title_role("Mr") is None
    assert title_role("Acme's") is None


def test_roles_vote_by_articles_and_family_ties_count_half():
    assert best_role([["Sen."], ["Senator"], ["campaign donor"], ["Sen."]]) == "Sen."
    assert best_role([["wife"], ["wife"], ["local councillor"], ["parish councillor"]]) == "local councillor"
    assert best_role([["runner"], ["defensive"]]) is None
