"""Pairs of spellings that must, and must not, end up as one entity (issue 3).

Names come from many stories and regions, none from the samples' event.
"""

from __future__ import annotations

import pytest

from eventfacts.reconcile.names import cluster_named, cluster_people
from tests.reconcile.test_names import mention

SAME_PERSON = [
    ("Volodymyr Zelensky", "Volodymyr Zelenskyy"),
    ("Muammar Gaddafi", "Muammar Gadhafi"),
    ("Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"),
    ("Hassan Nasrallah", "Hasan Nasrallah"),
    ("Paul Kearney", "Mr Kearney"),
    ("President Emmanuel Macron", "Emmanuel Macron"),
    ("Ayman al-Zawahiri", "Ayman Zawahiri"),
    ("Abu Bakr al-Baghdadi", "Abu Bakr Baghdadi"),
    ("Osama bin Laden", "Usama bin Laden"),
    ("Nouri al-Maliki", "Nuri al-Maliki"),
    ("Haider al-Abadi", "Haidar al-Abadi"),
    ("Sergei Lavrov", "Sergey Lavrov"),
    ("Dmitry Peskov", "Dmitri Peskov"),
    ("Yahya Sinwar", "Yehya Sinwar"),
    ("Mahmoud Abbas", "Mahmud Abbas"),
    ("Andrés Manuel López Obrador", "Andres Manuel Lopez Obrador"),
    ("Jacinda Ardern", "Ardern"),
    ("Gov. Gavin Newsom", "Gavin Newsom"),
    ("Dr. Anthony Fauci", "Anthony Fauci"),
    ("Sheikh Tamim bin Hamad Al Thani", "Tamim bin Hamad Al Thani"),
    ("Mohamed Morsi", "Mohammed Morsi"),
    ("Maria Lopez", "Ms Lopez"),
    ("Joe Biden's", "Joe Biden"),
    ("Hassan al-Turabi", "Al-Turabi"),
    ("Moqtada al-Sadr", "Muqtada Sadr"),
    ("Abdel Fattah el-Sisi", "Abdel Fattah al-Sisi"),
]
DIFFERENT_PEOPLE = [
    ("Ali Khamenei", "Ali Larijani"),
    ("Robert Kennedy", "John Kennedy"),
    ("Volodymyr Zelensky", "Olena Zelenska"),
    ("Hunter Biden", "Joe Biden"),
    ("Mike Johnson", "Boris Johnson"),
    ("Tom Hale", "Ann Hale"),
    ("Kim Jong Un", "Kim Yo Jong"),
    ("George Bush", "Jeb Bush"),
    ("Mohammed bin Salman", "Mohammed bin Zayed"),
    ("Ahmed Hassan", "Ahmed Hussein"),
    ("Andrew Johnson", "Andrew Jackson"),
    ("Lee Hsien Loong", "Lee Kuan Yew"),
    ("Raul Castro", "Fidel Castro"),
    ("Sadiq Khan", "Imran Khan"),
    ("Ali Al-Mikdam", "Ali Shamkhani"),
    ("Barack Obama", "Michelle Obama"),
    ("Hillary Clinton", "Bill Clinton"),
    ("Bashar al-Assad", "Hafez al-Assad"),
    ("Ehud Barak", "Ehud Olmert"),
    ("Dan Rivera", "Diego Rivera"),
    ("Ivanka Trump", "Donald Trump"),
    ("Salih Muslim", "Barham Salih"),
    ("Ismail Haniyeh", "Ismail Qaani"),
    ("Nancy Pelosi", "Paul Pelosi"),
    ("Jose Garcia", "Luis Garcia"),
]
SAME_ORGANIZATION = [
    ("United Nations Security Council", "U.N. Security Council"),
    ("World Health Organization", "WHO"),
    ("Federal Bureau of Investigation", "FBI"),
    ("the Pentagon", "Pentagon"),
    ("Popular Mobilization Forces", "Popular Mobilization Units"),
    ("International Committee of the Red Cross", "ICRC"),
]
DIFFERENT_ORGANIZATIONS = [
    ("Hezbollah", "Kataib Hezbollah"),
    ("Democratic Party", "Republican Party"),
    ("UN Security Council", "UN General Assembly"),
    ("Hamas", "Fatah"),
    ("Ministry of Defense", "Ministry of Interior"),
    ("Islamic State", "Islamic Jihad"),
]


@pytest.mark.parametrize(("a", "b"), SAME_PERSON)
def test_same_person(a: str, b: str) -> None:
    assert len(cluster_people([mention(a, source="x"), mention(b, source="y")])) == 1


@pytest.mark.parametrize(("a", "b"), DIFFERENT_PEOPLE)
def test_different_people(a: str, b: str) -> None:
    assert len(cluster_people([mention(a, source="x"), mention(b, source="y")])) == 2


@pytest.mark.parametrize(("a", "b"), SAME_ORGANIZATION)
def test_same_organization(a: str, b: str) -> None:
    mentions = [mention(a, "organization", "x"), mention(b, "organization", "y")]
    assert len(cluster_named(mentions, "organization")) == 1


@pytest.mark.parametrize(("a", "b"), DIFFERENT_ORGANIZATIONS)
def test_different_organizations(a: str, b: str) -> None:
    mentions = [mention(a, "organization", "x"), mention(b, "organization", "y")]
    assert len(cluster_named(mentions, "organization")) == 2


def test_the_tables_are_big_enough() -> None:
    assert len(SAME_PERSON) + len(SAME_ORGANIZATION) >= 25
    assert len(DIFFERENT_PEOPLE) + len(DIFFERENT_ORGANIZATIONS) >= 25
