"""Merging the names one person goes by across articles."""

from hypothesis import given
from hypothesis import strategies as st

from tui_reader.analysis.corpus_wide.identity import People, identifying, name_key, same_person


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


def kept(group):
    return sorted(identifying(group))


def test_identifying_names_leave_out_short_forms_and_descriptions():
    group = ["Michael Howard", "Mr Howard", "Howard", "Tory leader", "Michael Howard's"]
    assert identifying(group) == {"Michael Howard", "Michael Howard's"}
    assert identifying(["Mr Oaten"]) == {"Mr Oaten"}
    # The article's own name (first) stays, even beside a longer form.
    assert identifying(["Ken Clarke", "Clarke", "Tory Ken Clarke"]) == {"Ken Clarke", "Tory Ken Clarke"}


@given(st.lists(st.lists(names, min_size=1, max_size=3), max_size=8))
def test_every_name_belongs_to_exactly_one_person(groups):
    people = People(groups)
    for group in groups:
        names = kept(group)
        if names:
            person = people.person_of(names[0])
            assert person is not None and names[0] in person.names
            # The group given as one person stays together.
            assert all(people.person_of(n) is person for n in names)
    seen = [n for p in people.people for n in p.names]
    assert len(seen) == len(set(seen))


def test_a_bare_surname_never_links_two_people():
    people = People([["Tony Blair", "Blair", "Mr Blair"], ["Ian Blair", "Blair"], ["Mr Blair"]])
    assert people.person_of("Tony Blair") is not people.person_of("Ian Blair")
    assert people.person_of("Mr Blair") not in (people.person_of("Tony Blair"), people.person_of("Ian Blair"))
    alone = People([["Tony Blair", "Blair", "Mr Blair"], ["Mr Blair"]])
    assert len(alone) == 1


def test_display_name_is_the_usual_full_name():
    people = People([["Tories Ken Clarke", "Clarke"], ["Ken Clarke"], ["Ken Clarke", "Mr Clarke"]])
    assert [p.name for p in people.people] == ["Ken Clarke"]
    people = People([["Michael Howard's"], ["Michael Howard"], ["Michael Howard", "Mr Howard"]])
    assert [p.name for p in people.people] == ["Michael Howard"]
    assert people.person_of("Howard").name == "Michael Howard"


@given(names, names)
def test_same_person_is_symmetric(a, b):
    assert same_person(a, b) == same_person(b, a)


def _reference_people(groups) -> set[frozenset[str]]:
    """The merge done the slow way: every cluster against every merged cluster."""
    from tui_reader.analysis.corpus_wide.identity import keys_match

    exact: list[set[str]] = []
    for group in groups:
        names = set(kept(group))
        if not names:
            continue
        hits = [c for c in exact if {name_key(n) for n in c} & {name_key(n) for n in names}]
        for hit in hits:
            names |= hit
            exact.remove(hit)
        exact.append(names)
    exact.sort(key=lambda c: max((len(name_key(n)), len(n)) for n in c), reverse=True)
    merged: list[set[str]] = []
    for cluster in exact:
        fits = [m for m in merged if any(keys_match(name_key(a), name_key(b)) for a in cluster for b in m)]
        fullest = [max(m, key=lambda n: (len(name_key(n)), len(n))) for m in fits]
        if fits and all(same_person(a, b) for a in fullest for b in fullest):
            for other in fits[1:]:
                fits[0] |= other
                merged.remove(other)
            fits[0] |= cluster
        else:
            merged.append(set(cluster))
    return {frozenset(m) for m in merged}


@given(st.lists(st.lists(names, min_size=1, max_size=3), max_size=12))
def test_indexed_merge_agrees_with_the_all_pairs_merge(groups):
    # Short names each article used are attached afterwards: compare the rest.
    identifying_names = {n for group in groups for n in kept(group)}
    found = {p.names & identifying_names for p in People(groups).people} - {frozenset()}
    assert found == _reference_people(groups)


def test_a_corpus_sized_list_of_names_merges_by_last_name():
    groups = []
    for i in range(20_000):
        surname = f"Surname{i % 4000}"
        groups.append([f"Given{i % 7} {surname}"] if i % 3 else [f"Mr {surname}"])
    people = People(groups)
    # Each surname carries up to seven different given names: "Mr X" is ambiguous there.
    assert people.person_of("Given1 Surname1") is not people.person_of("Given2 Surname1")
    assert people.person_of("Mr Surname1").name == "Mr Surname1"
    single = People([["Given1 Surname9"], ["Mr Surname9"]] * 5000)
    assert len(single) == 1 and single.person_of("Mr Surname9").name == "Given1 Surname9"


def test_short_forms_join_their_person_unless_two_people_used_them():
    people = People([["Jane Ashworth", "Ms Ashworth"], ["Jane Mary Ashworth"]])
    assert people.person_of("Ms Ashworth") is people.person_of("Jane Mary Ashworth")
    assert "Ms Ashworth" in people.person_of("Jane Ashworth").names
    people = People([["Tony Blair", "Mr Blair"], ["Ian Blair", "Mr Blair"]])
    assert all("Mr Blair" not in p.names for p in people.people)
    assert people.person_of("Mr Blair") is None
