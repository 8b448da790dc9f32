#!/usr/bin/env python3
"""Generates large synthetic catalogues in the canonical JSON format (ecvet-catalogue/1).

The output is deterministic: the same parameters (and seed) give byte-identical files, whatever
the machine, the clock or PYTHONHASHSEED. It is written as it is generated, one entity at a time,
so memory stays small even for the 300 MB `national` preset.

The bytes are laid out exactly as ECVETKit's writer lays them out (two-space indentation, the
known keys in the documented order, short code lists on one line, a final newline), so
`ecvet convert FILE --to json` gives back the same bytes, and the write benchmark writes a file
of the same size as the one it read.

    python3 generate.py --preset national --out data/national.json
    python3 generate.py --preset small --out data/small.json
    python3 generate.py --qualifications 20 --units-per-qualification 12 \\
        --outcomes-per-unit 10 --languages fi,sv,en --text-length 90 --seed 7 --out x.json
"""

import argparse
import json
import random
import sys
import time

PRESETS = {
    # A realistic national catalogue: ~317 MB, hundreds of qualifications, thousands of units,
    # ~300 000 learning outcomes in three languages.
    "national": dict(qualifications=400, units_per_qualification=24, outcomes_per_unit=45,
                     languages="fi,sv,en", text_length=150, seed=2024),
    # ~5 MB, for quick checks.
    "small": dict(qualifications=24, units_per_qualification=16, outcomes_per_unit=24,
                  languages="fi,sv,en", text_length=120, seed=2024),
    # ~90 MB, in between.
    "medium": dict(qualifications=120, units_per_qualification=30, outcomes_per_unit=32,
                   languages="fi,sv,en", text_length=140, seed=2024),
}

# ---------------------------------------------------------------------------------------------
# Vocabulary. Statements are built from a verb phrase and object words; non-ASCII letters on
# purpose (ä ö å é ü ß …).

VERBS = {
    "fi": ["suunnittelee", "toteuttaa", "arvioi", "käyttää", "tuntee", "ohjaa", "seuraa",
           "dokumentoi", "kehittää", "hyödyntää", "vastaanottaa", "tarkastaa", "ylläpitää",
           "selvittää", "noudattaa", "valitsee", "mitoittaa", "huolehtii", "neuvoo", "korjaa",
           "ymmärtää", "tunnistaa", "järjestää", "päivittää", "esittelee", "tulkitsee"],
    "sv": ["planerar", "genomför", "bedömer", "använder", "känner till", "styr", "följer upp",
           "dokumenterar", "utvecklar", "utnyttjar", "tar emot", "kontrollerar", "underhåller",
           "utreder", "följer", "väljer", "dimensionerar", "sörjer för", "ger råd om", "åtgärdar",
           "förstår", "känner igen", "ordnar", "uppdaterar", "presenterar", "tolkar"],
    "en": ["plans", "carries out", "assesses", "uses", "knows", "coordinates", "monitors",
           "documents", "develops", "applies", "receives", "inspects", "maintains",
           "investigates", "complies with", "selects", "dimensions", "ensures", "advises on",
           "repairs", "understands", "recognises", "organises", "updates", "presents", "interprets"],
    "de": ["plant", "führt durch", "beurteilt", "verwendet", "kennt", "steuert", "überwacht",
           "dokumentiert", "entwickelt", "wendet an", "nimmt entgegen", "prüft", "wartet",
           "untersucht", "befolgt", "wählt", "bemisst", "sorgt für", "berät zu", "repariert"],
    "fr": ["planifie", "réalise", "évalue", "utilise", "connaît", "coordonne", "surveille",
           "documente", "développe", "applique", "réceptionne", "contrôle", "entretient",
           "analyse", "respecte", "sélectionne", "dimensionne", "veille à", "conseille sur", "répare"],
}

WORDS = {
    "fi": ["työtehtävänsä", "asiakkaan", "tilauksen", "mukaisesti", "turvallisesti", "laadukkaasti",
           "ympäristöä", "säästäen", "työvälineet", "materiaalit", "järjestelmän", "tiedot",
           "määräykset", "ohjeiden", "perusteella", "kustannukset", "aikataulun", "päivittäiset",
           "häiriötilanteet", "yhteistyössä", "tiimin", "kanssa", "sähköisesti", "säädösten",
           "vaatimukset", "energiatehokkaasti", "työympäristön", "riskit", "ergonomiset",
           "työasennot", "mittaukset", "tulokset", "ja", "sekä", "tai", "kuten", "myös",
           "keskeiset", "käsitteet", "menetelmät", "laitteiston", "kunnossapidon", "häiriöt",
           "prosessin", "vaiheet", "ammattisanaston", "palvelun", "tuotteen", "käyttöönoton",
           "jätteiden", "lajittelun", "kestävän", "kehityksen", "periaatteet", "yrityksen",
           "toimintaympäristön", "työhyvinvoinnin", "öljynvaihdon", "säätölaitteet", "äänentoiston"],
    "sv": ["sina", "arbetsuppgifter", "enligt", "kundens", "beställning", "säkert", "med",
           "god", "kvalitet", "miljövänligt", "arbetsredskapen", "materialen", "systemets",
           "uppgifter", "föreskrifterna", "anvisningarna", "utifrån", "kostnaderna", "tidtabellen",
           "dagliga", "störningar", "samarbete", "teamet", "elektroniskt", "författningarnas",
           "krav", "energieffektivt", "arbetsmiljöns", "risker", "ergonomiska", "arbetsställningar",
           "mätningar", "resultat", "och", "samt", "eller", "såsom", "även", "centrala",
           "begrepp", "metoder", "utrustningens", "underhåll", "processens", "skeden",
           "fackspråk", "tjänstens", "produktens", "ibruktagande", "avfallssortering",
           "hållbar", "utveckling", "företagets", "verksamhetsmiljö", "välbefinnande",
           "åtgärder", "växelspänning", "ljudåtergivning", "kylaggregat", "rörelsehinder"],
    "en": ["their", "own", "work", "tasks", "according", "to", "the", "customer's", "order",
           "safely", "with", "good", "quality", "in", "an", "environmentally", "friendly", "way",
           "tools", "materials", "system", "data", "regulations", "instructions", "on", "basis",
           "of", "costs", "schedule", "daily", "disruptions", "cooperation", "team",
           "electronically", "statutory", "requirements", "energy-efficiently", "working",
           "environment's", "risks", "ergonomic", "postures", "measurements", "results", "and",
           "as", "well", "or", "such", "also", "key", "concepts", "methods", "equipment",
           "maintenance", "process", "stages", "vocabulary", "service", "product", "commissioning",
           "waste", "sorting", "sustainable", "development", "company's", "café", "façade",
           "naïve", "résumé", "rôle", "déjà-vu", "Zürich", "Malmö", "Åland", "Jyväskylä"],
    "de": ["seine", "Arbeitsaufgaben", "gemäß", "Kundenauftrag", "sicher", "mit", "guter",
           "Qualität", "umweltschonend", "Werkzeuge", "Materialien", "Systemdaten", "Vorschriften",
           "Anweisungen", "auf", "Grundlage", "der", "Kosten", "Zeitplans", "täglichen", "Störungen",
           "Zusammenarbeit", "Team", "elektronisch", "gesetzlichen", "Anforderungen", "Risiken",
           "ergonomische", "Messungen", "Ergebnisse", "und", "sowie", "oder", "wie", "auch",
           "Begriffe", "Methoden", "Wartung", "Prozessschritte", "Fachwortschatz", "Dienstleistung",
           "Inbetriebnahme", "Abfalltrennung", "nachhaltige", "Entwicklung", "Geschäftsumfeld",
           "Größe", "Übergabe", "Prüfprotokoll", "Maßnahmen"],
    "fr": ["ses", "tâches", "selon", "la", "commande", "du", "client", "en", "sécurité", "avec",
           "qualité", "respectueuse", "de", "l'environnement", "outils", "matériaux", "données",
           "réglementation", "consignes", "sur", "base", "des", "coûts", "calendrier",
           "quotidiennes", "perturbations", "coopération", "équipe", "électroniquement",
           "exigences", "légales", "risques", "postures", "ergonomiques", "mesures", "résultats",
           "et", "ainsi", "que", "ou", "comme", "aussi", "concepts", "méthodes", "maintenance",
           "étapes", "vocabulaire", "service", "produit", "mise", "déchets", "développement",
           "durable", "entreprise", "été", "début", "hôtel", "français"],
}

# Field names for titles: (fi, sv, en).
FIELDS = [
    ("Logistiikka", "Logistik", "Logistics"),
    ("Sähkö- ja automaatioala", "El- och automationsbranschen", "Electrical engineering and automation"),
    ("Ajoneuvoala", "Fordonsbranschen", "Vehicle technology"),
    ("Rakennusala", "Byggbranschen", "Construction"),
    ("Ravintola- ja catering-ala", "Restaurang- och cateringbranschen", "Restaurant and catering"),
    ("Sosiaali- ja terveysala", "Social- och hälsovårdsbranschen", "Social and health care"),
    ("Liiketoiminta", "Affärsverksamhet", "Business"),
    ("Tieto- ja viestintätekniikka", "Informations- och kommunikationsteknik", "Information and communications technology"),
    ("Metsäala", "Skogsbranschen", "Forestry"),
    ("Maatalousala", "Lantbruksbranschen", "Agriculture"),
    ("Kone- ja tuotantotekniikka", "Maskin- och produktionsteknik", "Mechanical and production engineering"),
    ("Kauneudenhoitoala", "Skönhetsbranschen", "Beauty care"),
    ("Matkailuala", "Turismbranschen", "Tourism"),
    ("Puhdistuspalvelut", "Rengöringstjänster", "Cleaning services"),
    ("Media-ala ja kuvallinen ilmaisu", "Mediebranschen och visuellt uttryck", "Media and visual expression"),
    ("Kemianteollisuus", "Kemisk industri", "Chemical industry"),
    ("Elintarvikeala", "Livsmedelsbranschen", "Food production"),
    ("Turvallisuusala", "Säkerhetsbranschen", "Security"),
    ("Merenkulkuala", "Sjöfartsbranschen", "Maritime"),
    ("Käsi- ja taideteollisuus", "Hantverk och konstindustri", "Crafts and design"),
]
ISCED = ["1041", "0713", "0716", "0732", "1013", "0923", "0413", "0612", "0821", "0811",
         "0715", "1012", "1015", "1011", "0211", "0711", "0721", "1032", "1041", "0214"]

# (fi, sv, en) names of the qualification kinds, with EQF level, total points and duration.
KINDS = [
    ("perustutkinto", "grundexamen", "Vocational Qualification in", 4, 180, "P3Y", True),
    ("ammattitutkinto", "yrkesexamen", "Further Vocational Qualification in", 4, 150, "P2Y", False),
    ("erikoisammattitutkinto", "specialyrkesexamen", "Specialist Vocational Qualification in", 5, 180, "P2Y", False),
]

GRADES = [("1", "Tyydyttävä T1", "Nöjaktiga N1", "Satisfactory S1"),
          ("3", "Hyvä H3", "Goda G3", "Good G3"),
          ("5", "Kiitettävä K5", "Berömliga B5", "Excellent E5")]

CATEGORIES = ["knowledge", "skills", "skills", "responsibility-and-autonomy", "competence"]

# Common units shared by every basic qualification (the Finnish yhteiset tutkinnon osat), each
# with parts (osa-alueet): (id, fi, sv, en, parts).
COMMON_UNITS = [
    ("U-YTO-VV", "Viestintä- ja vuorovaikutusosaaminen", "Kunnande i kommunikation och interaktion",
     "Communication and interaction competence", 6),
    ("U-YTO-ML", "Matemaattis-luonnontieteellinen osaaminen", "Kunnande i matematik och naturvetenskap",
     "Mathematics and science competence", 3),
    ("U-YTO-YT", "Yhteiskunta- ja työelämäosaaminen", "Kunnande om samhället och arbetslivet",
     "Citizenship and working life competence", 5),
]

LANGUAGE_NAMES = {"fi": "suomi", "sv": "svenska", "en": "English", "de": "Deutsch", "fr": "français"}


def syllable_words(language, rng_seed):
    """A made-up vocabulary for a language without one above, with a few accented letters."""
    rng = random.Random("vocabulary-" + language + "-" + str(rng_seed))
    onsets = ["k", "t", "s", "m", "v", "l", "r", "p", "n", "h", "j", "d", "g", "b"]
    vowels = ["a", "e", "i", "o", "u", "ä", "ö", "é", "å", "ü"]
    words = []
    for _ in range(80):
        words.append("".join(rng.choice(onsets) + rng.choice(vowels) for _ in range(rng.randint(1, 4))))
    return words[:20], words


class Texts:
    """Makes statements and titles in each language, from one seeded generator."""

    def __init__(self, languages, text_length, seed):
        self.rng = random.Random("texts-" + str(seed))
        self.languages = languages
        self.text_length = max(text_length, 10)
        self.verbs = {}
        self.words = {}
        for language in languages:
            base = language.split("-")[0]
            if base in VERBS:
                self.verbs[language] = VERBS[base]
                self.words[language] = WORDS[base]
            else:
                self.verbs[language], self.words[language] = syllable_words(language, seed)

    def sentence(self, language, length):
        rng = self.rng
        words = self.words[language]
        parts = [rng.choice(self.verbs[language])]
        size = len(parts[0])
        # Average word length is ~8 with the space.
        count = max(1, (length - size) // 9)
        chosen = rng.choices(words, k=count)
        parts.extend(chosen)
        text = " ".join(parts)
        roll = rng.random()
        if roll < 0.012:
            # A quoted term: written as \" in the file.
            text += ' "Lean"-periaatteiden' if language == "fi" else ' "Lean"'
        elif roll < 0.018:
            # Two lines: written as \n.
            text += "\n– " + " ".join(rng.choices(words, k=4))
        elif roll < 0.020:
            text += " (C:\\Tiedot\\ohje.pdf)"
        elif roll < 0.021:
            text += "\tTab\u00ad"
        elif roll < 0.030:
            text += " – 25 € / 3 °C"
        return text

    def statement(self):
        """One learning-outcome text in every language, of about `text_length` characters."""
        length = int(self.text_length * (0.6 + 0.8 * self.rng.random()))
        return [(language, self.sentence(language, length)) for language in self.languages]

    def paragraph(self, factor):
        length = int(self.text_length * factor * (0.7 + 0.6 * self.rng.random()))
        result = []
        for language in self.languages:
            text = self.sentence(language, length)
            result.append((language, text[0].upper() + text[1:] + "."))
        return result

    def title(self, base):
        """`base` is (fi, sv, en); other languages get the English form with a suffix."""
        rng = self.rng
        result = []
        for language in self.languages:
            if language == "fi":
                text = base[0]
            elif language == "sv":
                text = base[1]
            elif language == "en":
                text = base[2]
            else:
                text = base[2] + " (" + " ".join(rng.choices(self.words[language], k=2)) + ")"
            result.append((language, text))
        return result


# ---------------------------------------------------------------------------------------------
# Output in the writer's layout.

def q(text):
    return json.dumps(text, ensure_ascii=False)


class Inline(list):
    """A list of short strings written on one line (`["fi", "sv"]`)."""


def render(value, depth, out):
    """Appends `value` to `out` (a list of str) exactly as JSONTreeWriter writes it."""
    if isinstance(value, str):
        out.append(q(value))
    elif isinstance(value, bool):
        out.append("true" if value else "false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, Inline):
        out.append("[" + ", ".join(q(item) for item in value) + "]")
    elif isinstance(value, dict):
        if not value:
            out.append("{}")
            return
        inner = "\n" + "  " * (depth + 1)
        out.append("{")
        first = True
        for key, item in value.items():
            out.append(inner if first else "," + inner)
            first = False
            out.append(q(key) + ": ")
            render(item, depth + 1, out)
        out.append("\n" + "  " * depth + "}")
    elif isinstance(value, list):
        if not value:
            out.append("[]")
            return
        inner = "\n" + "  " * (depth + 1)
        out.append("[")
        first = True
        for item in value:
            out.append(inner if first else "," + inner)
            first = False
            render(item, depth + 1, out)
        out.append("\n" + "  " * depth + "]")
    else:
        raise TypeError(type(value))


def text_object(pairs):
    return {language: text for language, text in pairs}


def points(value):
    """Points as the writer writes them: integers without a fraction, halves as `7.5`."""
    if value == int(value):
        return str(int(value))
    return ("%.1f" % value).rstrip("0").rstrip(".")


# ---------------------------------------------------------------------------------------------
# The catalogue plan: which units exist, who uses them, how many outcomes each has.

class Plan:
    def __init__(self, args):
        self.args = args
        self.rng = random.Random("plan-" + str(args.seed))
        self.languages = [language.strip() for language in args.languages.split(",") if language.strip()]
        rng = self.rng
        count = args.qualifications
        self.fields = min(len(FIELDS) * 4, max(1, count // 8))
        # Units: per field a shared pool (used by several qualifications of the field, with
        # different points), per qualification its own units.
        self.units = []          # list of dicts: id, field, credits, outcomes, parts, kind
        self.unit_by_id = {}
        for unit_id, fi, sv, en, parts in COMMON_UNITS:
            self._add_unit(unit_id, -1, (fi, sv, en), 0, parts=parts, common=True)
        self.field_pools = []
        links = max(4, args.units_per_qualification)
        for field in range(self.fields):
            pool = []
            for index in range(max(3, links // 3)):
                pool.append(self._add_unit("U-%02d-S%03d" % (field, index + 1), field, None, 0))
            self.field_pools.append(pool)
        self.qualifications = []
        for index in range(count):
            field = index % self.fields
            kind = KINDS[(index // self.fields) % len(KINDS)]
            own_count = max(2, links - 8 if kind[6] else links - 6)
            own = [self._add_unit("U-%02d-Q%04d-%02d" % (field, index + 1, n + 1), field, None, index)
                   for n in range(own_count)]
            self.qualifications.append(dict(index=index, field=field, kind=kind, own=own))

    def _add_unit(self, unit_id, field, title, owner, parts=0, common=False):
        rng = self.rng
        mean = self.args.outcomes_per_unit
        outcomes = max(1, int(round(mean * (0.5 + rng.random()))))
        if parts == 0 and not common and rng.random() < 0.15:
            parts = rng.randint(2, 4)
        unit = dict(id=unit_id, field=field, title=title, owner=owner, common=common,
                    credits=rng.choice([5, 10, 15, 15, 20, 25, 30, 30, 35, 40, 45, 50]),
                    outcomes=max(outcomes, parts), parts=parts, number=len(self.units) + 1)
        self.units.append(unit)
        self.unit_by_id[unit_id] = unit
        return unit


# ---------------------------------------------------------------------------------------------
# Entities.

def esco(rng):
    return "http://data.europa.eu/esco/skill/%08x-%04x-%04x-%04x-%012x" % (
        rng.getrandbits(32), rng.getrandbits(16), 0x4000 | rng.getrandbits(12),
        0x8000 | rng.getrandbits(14), rng.getrandbits(48))


def qualification_titles(plan, q_info):
    field = FIELDS[q_info["field"] % len(FIELDS)]
    suffix = q_info["field"] // len(FIELDS)
    kind = q_info["kind"]
    variant = "" if suffix == 0 else " %d" % (suffix + 1)
    return (field[0] + "n " + kind[0] + variant,
            kind[1].capitalize() + " inom " + field[1].lower() + variant,
            kind[2] + " " + field[2] + variant)


def unit_title(plan, unit, texts):
    if unit["title"]:
        return texts.title(unit["title"])
    rng = texts.rng
    field = FIELDS[unit["field"] % len(FIELDS)]
    topic = rng.choice(WORDS["fi"]).capitalize(), rng.choice(WORDS["sv"]).capitalize(), rng.choice(WORDS["en"]).capitalize()
    return texts.title((field[0] + ": " + topic[0] + " " + str(unit["number"]),
                        field[1] + ": " + topic[1] + " " + str(unit["number"]),
                        field[2] + ": " + topic[2] + " " + str(unit["number"])))


def group(gid, title, texts, members=None, **rules):
    value = {"id": gid, "title": text_object(texts.title(title))}
    if "description" in rules:
        value["description"] = text_object(rules.pop("description"))
    for key in ("mandatory", "minPoints", "maxPoints", "minUnits", "maxUnits"):
        if key in rules and rules[key] is not None:
            value[key] = rules[key]
    if members:
        value["members"] = members
    return value


def link(unit, pts, mandatory=None):
    value = {"unit": unit["id"], "points": points(pts)}
    if mandatory is not None:
        value["mandatory"] = mandatory
    return value


def build_qualification(plan, q_info, texts):
    rng = texts.rng
    index = q_info["index"]
    kind = q_info["kind"]
    field = q_info["field"]
    qid = "Q-%02d-%04d" % (field, index + 1)
    fi, sv, en = qualification_titles(plan, q_info)
    total = kind[4]
    value = {
        "id": qid,
        "code": "OPH-%d-%d" % (1000 + index * 7 % 9000, 2015 + index % 10),
    }
    if index % 3 == 0:
        value["uri"] = "https://data.example.fi/qualification/%s" % qid
    value["title"] = text_object(texts.title((fi, sv, en)))
    value["description"] = text_object(texts.paragraph(1.3))
    value["eqfLevel"] = kind[3]
    value["nqf"] = [{"framework": "FiNQF", "level": str(kind[3])}]
    if index % 5 == 0:
        value["nqf"].append({"uri": "http://data.europa.eu/snb/qdr/c_%08x" % (index * 2654435761 % 2**32)})
    value["iscedF"] = Inline([ISCED[field % len(ISCED)]] + ([ISCED[(field + 7) % len(ISCED)]] if index % 4 == 0 else []))
    value["languages"] = Inline([l for l in plan.languages if l in ("fi", "sv")] or plan.languages[:1])
    value["credits"] = {"points": str(total), "system": "ECVET"}
    value["volumeOfLearning"] = kind[5]
    if index % 6 == 0:
        value["learningHours"] = str(total * 27)
    value["awardingBody"] = "ORG-OPH"
    value["country"] = "FI"
    value["validity"] = {"from": "%d-08-01" % (2018 + index % 6)}
    if index % 2 == 0:
        value["validity"]["until"] = "2035-07-31"
    value["entryRequirements"] = text_object(texts.paragraph(1.0))
    value["learningOutcomeSummary"] = text_object(texts.paragraph(1.6))
    if index % 17 == 5:
        value["partial"] = True
    value["homepage"] = "https://eperusteet.opintopolku.fi/#/fi/%s" % qid.lower()
    value["structure"] = build_structure(plan, q_info, qid, total, texts)
    if index % 4 == 1:
        value["x-registerNote"] = "Muutosmääräys OPH-%d-2023: \"laajuudet\" ennallaan." % (index + 100)
    return value


def build_structure(plan, q_info, qid, total, texts):
    rng = texts.rng
    kind = q_info["kind"]
    own = list(q_info["own"])
    pool = plan.field_pools[q_info["field"]]
    shared = rng.sample(pool, min(len(pool), 6 if kind[6] else 4))
    basic = kind[6]
    vocational = total - (35 if basic else 0)
    gid = "G-" + qid[2:]

    # Compulsory units: the first own units and one shared unit, each at its own points here.
    compulsory_units = own[:2] + shared[:1]
    compulsory = [link(u, rng.choice([15, 20, 25, 30]), True) for u in compulsory_units]
    # Competence areas: choose one of 2-3 nested groups, each with its own compulsory units.
    areas = []
    rest = own[2:]
    area_count = 2 if len(rest) < 8 else 3
    area_total = None
    for area in range(area_count):
        members = [link(u, rng.choice([15, 20, 25]), True) for u in rest[area * 2: area * 2 + 2]]
        if not members:
            continue
        # Whichever area a learner chooses, the qualification adds up: every area is worth the
        # first one's points, its last unit taking the difference.
        if area_total is None:
            area_total = sum(float(m["points"]) for m in members)
        else:
            members[-1]["points"] = points(area_total - sum(float(m["points"]) for m in members[:-1]))
        areas.append({"group": group("%s-OA%d" % (gid, area + 1),
                                     ("Osaamisala %d" % (area + 1), "Kompetensområde %d" % (area + 1),
                                      "Competence area %d" % (area + 1)),
                                     texts, members, mandatory=True)})
    rest = rest[area_count * 2:]
    # Optional units: the other own units and shared units (whose points differ between
    # qualifications), a nested choose-one group and an open group.
    optional = [link(u, rng.choice([5, 10, 15, 7.5, 20, 25, 30])) for u in rest[: len(rest) // 2]]
    optional += [link(u, rng.choice([10, 15, 20, 25, 30])) for u in shared[1:]]
    choose_one = [link(u, rng.choice([10, 15, 20])) for u in rest[len(rest) // 2:]]
    if choose_one:
        optional.append({"group": group(gid + "-VAL-ERI",
                                        ("Erityistehtävät (valitaan yksi)", "Specialuppgifter (en väljs)",
                                         "Special tasks (choose one)"),
                                        texts, choose_one, minUnits=1, maxUnits=1)})
    # The optional units give what the vocational units leave after the compulsory ones and an
    # area; an open group (units from other qualifications) makes up what they cannot give
    # exactly, so that the structure is satisfiable (V12).
    choose = vocational - sum(float(m["points"]) for m in compulsory) - (area_total or 0)
    reachable = {0.0}
    for member in (member for member in optional if "unit" in member):
        reachable |= {total + float(member["points"]) for total in reachable}
    if choose_one:
        reachable |= {total + float(member["points"]) for total in reachable for member in choose_one}
    shortfall = choose - max(total for total in reachable if total <= choose)
    optional.append({"group": group(gid + "-VAL-MUU",
                                    ("Tutkinnon osa muista tutkinnoista", "Examensdel ur andra examina",
                                     "A unit from other qualifications"),
                                    texts, None, description=texts.paragraph(0.8),
                                    minPoints="0", maxPoints=points(max(min(30, vocational / 4), shortfall)))})
    vocational_members = [
        {"group": group(gid + "-PAK", ("Pakolliset tutkinnon osat", "Obligatoriska examensdelar",
                                       "Compulsory units"), texts, compulsory, mandatory=True)},
    ]
    if areas:
        vocational_members.append({"group": group(gid + "-OSA", ("Osaamisala (valitaan yksi)",
                                                                 "Kompetensområde (ett väljs)",
                                                                 "Competence area (choose one)"),
                                                  texts, areas, minUnits=1, maxUnits=1)})
    choose = points(choose)
    vocational_members.append({"group": group(gid + "-VAL", ("Valinnaiset tutkinnon osat", "Valbara examensdelar",
                                                             "Optional units"),
                                              texts, optional, minPoints=choose, maxPoints=choose)})
    members = [{"group": group(gid + "-AMM", ("Ammatilliset tutkinnon osat", "Yrkesinriktade examensdelar",
                                              "Vocational units"),
                               texts, vocational_members,
                               minPoints=points(vocational), maxPoints=points(vocational))}]
    if basic:
        common = [link(plan.unit_by_id[c[0]], p, True) for c, p in zip(COMMON_UNITS, (11, 6, 9))]
        common.append({"group": group(gid + "-YHT-VAL",
                                      ("Yhteisten tutkinnon osien valinnaiset osaamistavoitteet",
                                       "Valbara kunskapsmål i de gemensamma examensdelarna",
                                       "Optional competence objectives of the common units"),
                                      texts, None, description=texts.paragraph(0.8),
                                      minPoints="9", maxPoints="9")})
        members.append({"group": group(gid + "-YHT", ("Yhteiset tutkinnon osat", "Gemensamma examensdelar",
                                                      "Common units"),
                                       texts, common, minPoints="35", maxPoints="35")})
    fi, sv, en = qualification_titles(plan, q_info)
    return group(gid, (fi + ", %d osp" % total, sv + ", %d kp" % total, en + ", %d cp" % total),
                 texts, members, mandatory=True)


def outcome_ids(unit):
    return ["LO-%s-%d" % (unit["id"][2:], n + 1) for n in range(unit["outcomes"])]


def build_criteria(texts, graded):
    criteria = []
    if graded:
        for level, fi, sv, en in GRADES:
            criteria.append({"level": level, "title": text_object(texts.title((fi, sv, en))),
                             "text": text_object(texts.statement())})
    else:
        criteria.append({"text": text_object(texts.statement())})
    return criteria


def build_unit(plan, unit, texts):
    rng = texts.rng
    value = {"id": unit["id"], "code": "%06d" % (100000 + unit["number"] * 37 % 900000)}
    if unit["number"] % 4 == 0:
        value["uri"] = "https://data.example.fi/unit/%s" % unit["id"]
    value["title"] = text_object(unit_title(plan, unit, texts))
    value["description"] = text_object(texts.paragraph(1.2))
    if unit["number"] % 3 == 0:
        value["eqfLevel"] = 4 if unit["number"] % 2 else 5
    credits = {"points": points(unit["credits"])}
    roll = unit["number"] % 5
    if roll in (0, 1, 2):
        credits["system"] = "ECVET"
    elif roll == 3:
        credits["system"] = "OSP"
        credits["ecvetFactor"] = "1"
    value["credits"] = credits
    ids = outcome_ids(unit)
    value["learningOutcomes"] = Inline(ids)
    value["assessment"] = {
        "procedures": text_object(texts.paragraph(1.4)),
        "criteria": build_criteria(texts, graded=rng.random() < 0.8),
    }
    value["validity"] = {"from": "2022-08-01", "until": "2035-07-31"}
    if unit["field"] >= 0:
        value["iscedF"] = Inline([ISCED[unit["field"] % len(ISCED)]])
    value["languages"] = Inline([l for l in plan.languages if l in ("fi", "sv")] or plan.languages[:1])
    value["escoSkills"] = [esco(rng) for _ in range(rng.randint(1, 4))]
    if unit["parts"]:
        parts = []
        per_part = len(ids) // unit["parts"]
        for n in range(unit["parts"]):
            chunk = ids[n * per_part: (n + 1) * per_part if n + 1 < unit["parts"] else len(ids)]
            part = {"id": "%s-P%d" % (unit["id"], n + 1), "code": "%s%d" % (value["code"], n + 1),
                    "title": text_object(texts.title(("Osa-alue %d" % (n + 1), "Kompetensområde %d" % (n + 1),
                                                      "Area %d" % (n + 1)))),
                    "credits": {"points": points(rng.choice([1, 2, 3, 4, 5])), "system": "OSP",
                                "ecvetFactor": "1"},
                    "mandatory": n == 0,
                    "learningOutcomes": Inline(chunk)}
            if n % 2 == 0:
                part["assessment"] = {"criteria": build_criteria(texts, graded=False)}
            parts.append(part)
        value["parts"] = parts
    return value


def write_outcomes(plan, unit, texts, write, first):
    """The learning outcomes of one unit, laid out directly (they are most of the file)."""
    rng = texts.rng
    for oid in outcome_ids(unit):
        pieces = ["\n    {" if first else ",\n    {",
                  '\n      "id": ', q(oid),
                  ',\n      "category": "', rng.choice(CATEGORIES), '"',
                  ',\n      "text": {']
        first = False
        statement = texts.statement()
        for n, (language, text) in enumerate(statement):
            pieces.append("\n        " if n == 0 else ",\n        ")
            pieces.append(q(language))
            pieces.append(": ")
            pieces.append(q(text))
        pieces.append("\n      }")
        roll = rng.random()
        if roll < 0.35:
            pieces.append(',\n      "escoSkills": [')
            for n in range(1 if roll < 0.25 else 2):
                pieces.append("\n        " if n == 0 else ",\n        ")
                pieces.append('"' + esco(rng) + '"')
            pieces.append("\n      ]")
        if rng.random() < 0.08:
            out = []
            render(build_criteria(texts, graded=rng.random() < 0.5), 3, out)
            pieces.append(',\n      "assessmentCriteria": ')
            pieces.extend(out)
        pieces.append("\n    }")
        write("".join(pieces))
    return first


ORGANISATIONS = [
    ("ORG-OPH", ("Opetushallitus", "Utbildningsstyrelsen", "Finnish National Agency for Education"),
     ("Hakaniemenranta 6, PL 380, 00531 Helsinki", "Hagnäskajen 6, PB 380, 00531 Helsingfors",
      "Hakaniemenranta 6, P.O. Box 380, FI-00531 Helsinki, Finland"),
     "https://www.oph.fi/", "kirjaamo@oph.fi", "2769790-1"),
]


def build_organisations(plan, texts):
    rng = texts.rng
    result = []
    for oid, name, address, homepage, email, ytunnus in ORGANISATIONS:
        result.append({"id": oid, "name": text_object(texts.title(name)), "country": "FI",
                       "address": text_object(texts.title(address)), "homepage": homepage,
                       "email": email, "identifiers": [{"scheme": "Y-tunnus", "value": ytunnus}]})
    towns = [("Jyväskylä", "Jyväskylä"), ("Hämeenlinna", "Tavastehus"), ("Turku", "Åbo"),
             ("Vaasa", "Vasa"), ("Oulu", "Uleåborg"), ("Pori", "Björneborg"), ("Lahti", "Lahtis"),
             ("Porvoo", "Borgå"), ("Espoo", "Esbo"), ("Kokkola", "Karleby")]
    for n in range(max(3, plan.args.qualifications // 10)):
        town = towns[n % len(towns)]
        number = n // len(towns) + 1
        result.append({
            "id": "ORG-KJ-%03d" % (n + 1),
            "name": text_object(texts.title(("%sn ammattiopisto %d" % (town[0], number),
                                             "Yrkesinstitutet i %s %d" % (town[1], number),
                                             "%s Vocational College %d" % (town[0], number)))),
            "country": "FI",
            "address": text_object(texts.title(("Koulukatu %d, %05d %s" % (n + 1, 10000 + n * 113 % 90000, town[0]),
                                                "Skolgatan %d, %05d %s" % (n + 1, 10000 + n * 113 % 90000, town[1]),
                                                "Koulukatu %d, FI-%05d %s, Finland" % (n + 1, 10000 + n * 113 % 90000, town[0])))),
            "homepage": "https://www.example-college-%03d.fi/" % (n + 1),
            "email": "info@example-college-%03d.fi" % (n + 1),
            "identifiers": [{"scheme": "Y-tunnus", "value": "%07d-%d" % (1000000 + n * 7919 % 9000000, n % 10)},
                            {"scheme": "OID", "value": "1.2.246.562.10.%011d" % (n * 104729 % 10**11)}],
        })
    return result


# ---------------------------------------------------------------------------------------------

def generate(args, stream):
    plan = Plan(args)
    texts = Texts(plan.languages, args.text_length, args.seed)
    write = stream.write

    head = {"format": "ecvet-catalogue/1", "id": "fi-synthetic-national-%d" % args.seed,
            "title": text_object(texts.title(("Ammatillisten tutkintojen perusteet (synteettinen)",
                                              "Grunderna för yrkesinriktade examina (syntetisk)",
                                              "Requirements of vocational qualifications (synthetic)"))),
            "description": text_object(texts.paragraph(2.0)),
            "publisher": "ORG-OPH", "country": "FI", "version": "2024.%d" % (args.seed % 10),
            "issued": "2024-06-14", "defaultLanguage": plan.languages[0]}
    out = []
    render(head, 0, out)
    text = "".join(out)
    # Leave the object open: drop the closing "\n}".
    write(text[: -2])

    def section(key, items, build):
        write(',\n  "%s": [' % key)
        first = True
        for item in items:
            out = []
            render(build(plan, item, texts), 2, out)
            write(("\n    " if first else ",\n    ") + "".join(out))
            first = False
        write("\n  ]")

    section("qualifications", plan.qualifications, build_qualification)
    section("units", plan.units, build_unit)
    write(',\n  "learningOutcomes": [')
    first = True
    for unit in plan.units:
        first = write_outcomes(plan, unit, texts, write, first)
    write("\n  ]")
    section("organisations", build_organisations(plan, texts), lambda plan, item, texts: item)
    write("\n}\n")
    return plan


def main(argv=None):
    parser = argparse.ArgumentParser(description="Generate a synthetic canonical JSON catalogue.")
    parser.add_argument("--preset", choices=sorted(PRESETS), help="a named set of parameters")
    parser.add_argument("--qualifications", type=int)
    parser.add_argument("--units-per-qualification", type=int,
                        help="unit links per qualification (some units are shared)")
    parser.add_argument("--outcomes-per-unit", type=int, help="average learning outcomes per unit")
    parser.add_argument("--languages", help="comma-separated language tags, e.g. fi,sv,en")
    parser.add_argument("--text-length", type=int, help="average characters per outcome statement")
    parser.add_argument("--seed", type=int)
    parser.add_argument("--out", required=True, help="output file (- for standard output)")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    values = dict(PRESETS[args.preset]) if args.preset else dict(PRESETS["small"])
    for key in ("qualifications", "units_per_qualification", "outcomes_per_unit", "languages",
                "text_length", "seed"):
        given = getattr(args, key)
        if given is not None:
            values[key] = given
    for key, value in values.items():
        setattr(args, key, value)

    started = time.monotonic()
    if args.out == "-":
        stream = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="\n", buffering=1 << 20,
                      closefd=False)
    else:
        stream = open(args.out, "w", encoding="utf-8", newline="\n", buffering=1 << 20)
    with stream:
        plan = generate(args, stream)
        size = stream.tell() if args.out != "-" else None
    if not args.quiet:
        outcomes = sum(unit["outcomes"] for unit in plan.units)
        print("generated %s: %s qualifications, %d units, %d learning outcomes, languages %s%s in %.1f s"
              % (args.out, args.qualifications, len(plan.units), outcomes, ",".join(plan.languages),
                 "" if size is None else ", %.1f MB" % (size / 1e6), time.monotonic() - started),
              file=sys.stderr)


if __name__ == "__main__":
    main()
