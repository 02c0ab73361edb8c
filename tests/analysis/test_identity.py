"""Joining the names one person goes by across articles; every name here is invented."""

from hypothesis import given
from hypothesis import strategies as st

from tui_reader.analysis.corpus_wide.identity import DOMINANCE, Mention, People, same_person
from tui_reader.analysis.corpus_wide.names import parse


def by_articles(*articles):
    """People from articles given as lists of (names..., kind) tuples."""
    return People.from_mentions(
        Mention(tuple(names[:-1]), i, names[-1]) for i, article in enumerate(articles) for names in article
    )


def test_a_name_is_read_apart_from_its_title_and_possessive():
    form = parse("Vermont Sen. Talia Vornholt's")
    assert (form.shape, form.title, form.key, form.clean) == ("full", "Vermont Sen.", ("talia", "vornholt"), "Talia Vornholt")
    assert parse("Mr. Vornholt").shape == "surname" and parse("Mr. Vornholt").gender == "m"
    assert parse("Mrs Vornholt").gender == "f"
    assert parse("Coordinator Jane Quillfeather").key == ("jane", "quillfeather")
    assert parse("Vornholt").shape == "word"


def test_what_is_no_persons_name_says_so():
    assert parse("Vornholt University").shape == "org"
    assert parse("Brightmoor Holdings Inc").shape == "org"
    assert parse("written statement").shape == "description"
    assert parse("Deputy Finance Minister").shape == "description"  # a title with no name after it
    assert parse("Tory MP").shape == "description"
    assert parse("Vornholt May Not Have Known").shape == "description"  # a headline
    assert parse("spokesman for Jane Vornholt").shape == "description"


def test_a_generational_suffix_tells_two_people_apart():
    assert same_person("Peter Vornholt", "Peter R. Vornholt")
    assert not same_person("Peter Vornholt", "Peter Vornholt Jr.")
    people = People([["Peter Vornholt"], ["Peter Vornholt Jr."]])
    assert len(people) == 2


def test_full_names_that_are_subsets_join_and_show_the_usual_form():
    people = People([["Talia Vornholt"], ["Talia R. Vornholt"], ["Talia Vornholt", "Vornholt"], ["Sen. Talia Vornholt"]])
    assert [p.name for p in people.people] == ["Talia Vornholt"]
    assert people.person_of("Talia R. Vornholt") is people.person_of("Sen. Talia Vornholt")


def test_a_short_full_name_fitting_two_people_joins_neither():
    people = People([["Jane Ann Quillfeather"], ["Jane Beth Quillfeather"], ["Jane Quillfeather"]])
    assert len(people) == 3


def test_a_surname_joins_the_full_name_of_its_own_article():
    # The tagger took the bare surname for an organisation; the article names the person in full.
    people = by_articles(
        [("Ondrej Malvik", "person"), ("Malvik", "org")],
        [("Petra Malvik", "person")],
        [("Petra Malvik", "person")],
    )
    assert people.of_mention(1) is people.of_mention(0)
    assert people.of_mention(0).name == "Ondrej Malvik"


def test_a_surname_joins_the_only_person_of_that_surname_in_the_corpus():
    people = by_articles([("Amara Quell", "person")], [("Quell", "org")], [("President Quell", "person")])
    assert people.of_mention(1) is people.of_mention(0) is people.of_mention(2)
    assert people.of_mention(0).kind == "person"
    assert {"Quell", "President Quell"} <= people.of_mention(0).names


def test_a_dominant_person_takes_the_bare_surname():
    articles = [[("Dessa Brannock", "person")]] * 9 + [[("Orrin Brannock", "person")], [("Brannock", "person")]]
    people = by_articles(*articles)
    assert people.of_mention(10).name == "Dessa Brannock"
    assert people.person_of("Brannock").name == "Dessa Brannock"
    assert 9 / 10 >= DOMINANCE


def test_no_dominant_person_leaves_the_surname_apart_and_the_family_apart():
    # Three of one family, all quoted, none dominant: "Brannock" alone is none of them.
    articles = [[("Dessa Brannock", "person")]] * 3 + [[("Orrin Brannock", "person")]] * 2
    articles += [[("Walter Brannock", "person")], [("Brannock", "person")]]
    people = by_articles(*articles)
    names = sorted(p.name for p in people.people)
    assert names == ["Brannock", "Dessa Brannock", "Orrin Brannock", "Walter Brannock"]
    assert people.person_of("Brannock").name == "Brannock"


def test_a_title_of_one_gender_rules_out_the_other():
    # "Mrs Halloway" cannot be John, however often he is quoted.
    articles = [[("John Halloway", "person")]] * 9 + [[("Mary Halloway", "person")], [("Mrs Halloway", "person")]]
    people = by_articles(*articles)
    assert people.of_mention(10).name == "Mary Halloway"


def test_within_an_article_the_articles_own_person_wins_over_the_dominant_one():
    articles = [[("Dessa Brannock", "person")]] * 9
    articles += [[("Orrin Brannock", "person"), ("Brannock", "org")]]
    people = by_articles(*articles)
    assert people.of_mention(10).name == "Orrin Brannock"


def test_a_lone_given_name_is_no_person_unless_its_article_names_them():
    people = by_articles([("Bob", "person")], [("Bob Quillfeather", "person"), ("Bob", "person")])
    assert people.of_mention(0).kind == "given"
    assert people.of_mention(2).name == "Bob Quillfeather"


def test_organisations_and_descriptions_are_no_people():
    people = by_articles(
        [("Vornholt University", "org"), ("statement", "role")],
        [("the Vornholt University", "org"), ("Castellan Brightmoor", "org")],
        [("Talia Vornholt", "person")],
    )
    assert people.of_mention(0) is people.of_mention(2)
    assert people.of_mention(0).kind == "org"
    assert people.of_mention(1).kind == "role"
    # Two capitalised words the tagger calls an organisation, with nothing saying "person".
    assert people.of_mention(3).kind == "org"
    assert people.of_mention(4).kind == "person"


def test_an_organisation_tagged_name_with_its_surname_used_alone_is_a_person():
    people = by_articles([("Castellan Brightmoor", "org"), ("Brightmoor", "org")])
    assert people.of_mention(0).kind == "person"
    assert people.of_mention(1) is people.of_mention(0)


def test_a_family_plural_is_not_a_person():
    people = by_articles([("Talia Vornholt", "person")], [("Vornholts", "person")])
    assert people.of_mention(1).kind == "role"


def test_find_and_complete_typed_names():
    people = People.from_articles([[["Talia Vornholt", "Vornholt"]], [["Ondrej Malvik"]]])
    assert people.find("vornholt").name == "Talia Vornholt"
    assert people.find("Ms Vornholt").name == "Talia Vornholt"  # never seen, fits one person
    assert people.find("Nobody") is None
    assert people.all_names()[:2] == ["Ondrej Malvik", "Talia Vornholt"]


def test_the_same_short_form_used_for_two_people_belongs_to_neither():
    people = People([["Peter Sallow", "Mr Sallow"], ["Mark Sallow", "Mr Sallow"]])
    assert all("Mr Sallow" not in p.names for p in people.people)


names = st.lists(
    st.sampled_from(["Jane", "Peter", "Talia", "Vornholt", "Malvik", "Sallow", "Mr", "Dr", "Jr."]), min_size=1, max_size=4
).map(" ".join)


@given(st.lists(st.lists(st.lists(names, min_size=1, max_size=3), max_size=4), max_size=6))
def test_every_name_belongs_to_at_most_one_identity_and_every_group_to_one(articles):
    people = People.from_articles(articles)
    seen = [n for p in people.people for n in p.names]
    assert len(seen) == len(set(seen))
    index = 0
    for article in articles:
        for _group in article:
            assert people.of_mention(index) is not None or not parse(_group[0]).key
            index += 1


@given(names, names)
def test_same_person_is_symmetric(a, b):
    assert same_person(a, b) == same_person(b, a)


def test_a_corpus_sized_list_of_names_is_joined_by_surname():
    groups = []
    for i in range(20_000):
        surname = f"Surname{chr(65 + i % 26)}{i % 4000}"
        groups.append([f"{['Jane', 'Peter', 'Mark', 'Ruth', 'Tom', 'Anna', 'David'][i % 7]} {surname}"] if i % 3 else [f"Mr {surname}"])
    people = People(groups)
    assert len(people) > 4000
    single = People([["Jane Surnameq"], ["Ms Surnameq"]] * 5000)
    assert len(single) == 1 and single.person_of("Ms Surnameq").name == "Jane Surnameq"


def test_a_short_form_of_a_given_name_is_the_same_person_unless_the_genders_differ():
    assert same_person("Vince Tarrow", "Vincent Tarrow")
    assert not same_person("Dan Tarrow", "Dana Tarrow")
    people = People([["Vince Tarrow"], ["Vincent Tarrow", "Tarrow"], ["Vince Tarrow"]])
    assert [p.name for p in people.people] == ["Vince Tarrow"]


def test_a_party_is_no_person_even_when_its_short_name_is_used_like_a_surname():
    # "Green Reformers" with "Reformers" alone reads like a person's name; "Green Reformer
    # spokesman" shows the singular qualifying a role, as a party's name does.
    people = by_articles(
        [("Green Reformers", "Reformers", "person")],
        [("Green Reformer spokesman", "role")],
    )
    assert people.of_mention(0).kind == "org"


def test_a_lone_word_that_qualifies_roles_is_a_body():
    people = People.from_mentions([
        Mention(("Wexbury",), 0, "person"),
        Mention(("Joan Pell",), 1, "person", role="Wexbury manager"),
    ])
    assert people.of_mention(0).kind == "org"
    # Without that evidence, a lone word the tagger calls a person stays one (a surname).
    assert People.from_mentions([Mention(("Wexbury",), 0, "person")]).of_mention(0).kind == "person"


def test_a_short_full_name_takes_the_fuller_names_it_dominates():
    # Stray words and middle initials around a much quoted name are that person.
    groups = [["Jane Quillfeather"]] * 9 + [["Jane Ann Quillfeather"], ["Jane Beth Quillfeather"]]
    assert [p.name for p in People(groups).people] == ["Jane Quillfeather"]


def test_a_short_full_name_joins_the_fuller_name_that_dominates_the_others():
    groups = [["Peter K. Tarrow"]] * 9 + [["Peter L. Tarrow"], ["Peter Tarrow"], ["Peter Tarrow"]]
    people = People(groups)
    assert people.person_of("Peter Tarrow") is people.person_of("Peter K. Tarrow")
    assert people.person_of("Peter L. Tarrow") is not people.person_of("Peter K. Tarrow")


def test_a_word_that_opens_a_sentence_is_not_part_of_the_name():
    assert parse("Between Talia Vornholt").key == ("talia", "vornholt")
    assert parse("Top Vornholt").shape == "surname"
    assert parse("Will Tarrow").key == ("will", "tarrow")  # a given name first
