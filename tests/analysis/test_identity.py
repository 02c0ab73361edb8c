"""Merging the names one person goes by across articles."""

from hypothesis import given
from hypothesis import strategies as st

from tui_reader.analysis.identity import People, name_key, same_person


def test_titles_and_case_are_dropped():
    assert name_key("Mr Mark Serwotka") == ("mark", "serwotka")
    assert name_key("Dr. Jane O'Neill") == ("jane", "o'neill")
    assert name_key("Serwotka's") == ("serwotka",)


def test_same_last_name_and_subset_is_one_person():
    assert same_person("Mr Serwotka", "Mark Serwotka")
    assert same_person("Sir Gus O'Donnell", "Gus O'Donnell")
    assert not same_person("Mark Serwotka", "Mark Smith")
    assert not same_person("Jane Smith", "John Smith")
    assert not same_person("Mr", "Mr")  # nothing left to identify anyone


def test_people_merge_across_articles_and_keep_fullest_name():
    people = People([["Mr Serwotka"], ["Mark Serwotka", "Serwotka"], ["Gordon Brown"], ["Mr Brown"]])
    names = sorted(p.name for p in people.people)
    assert names == ["Gordon Brown", "Mark Serwotka"]
    assert people.person_of("Mr Serwotka") is people.person_of("Mark Serwotka")
    assert people.person_of("mr serwotka").name == "Mark Serwotka"


def test_ambiguous_short_name_does_not_join_two_people():
    people = People([["John Smith"], ["Jane Smith"], ["Mr Smith"]])
    assert len(people) == 3
    assert people.person_of("John Smith") is not people.person_of("Jane Smith")


def test_find_typed_name():
    people = People([["Mark Serwotka"], ["Gordon Brown"]])
    assert people.find("serwotka").name == "Mark Serwotka"
    assert people.find("Mr Brown").name == "Gordon Brown"
    assert people.find("Nobody") is None
    assert "Mark Serwotka" in people.all_names()


names = st.lists(st.sampled_from(["Mark", "Jane", "Gus", "Serwotka", "Brown", "Smith", "Mr", "Dr"]), min_size=1, max_size=4).map(" ".join)


@given(st.lists(st.lists(names, min_size=1, max_size=3), max_size=8))
def test_every_name_belongs_to_exactly_one_person(groups):
    people = People(groups)
    for group in groups:
        for name in group:
            if name_key(name):
                person = people.person_of(name)
                assert person is not None and name in person.names
                # The group given as one person stays together.
                assert all(people.person_of(n) is person for n in group if name_key(n))
    seen = [n for p in people.people for n in p.names]
    assert len(seen) == len(set(seen))


@given(names, names)
def test_same_person_is_symmetric(a, b):
    assert same_person(a, b) == same_person(b, a)
