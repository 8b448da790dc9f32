/// The headings and labels of printed mobility documents. English follows the ECVET templates
/// (the users' group MoU and learning agreement of 2013, the Erasmus+ learning agreement of 2014);
/// the other languages are ECVETKit's own translations, kept here in one table and marked as ours
/// on every page that uses them.
public enum Heading: String, Sendable, CaseIterable {
    case memorandum, agreement, transcript
    case fileCode, objectives, standardObjective, signingOrganisations, otherOrganisations, qualificationsCovered
    case procedures, validity, review, annexes
    case participants, duration, qualification, outcomesAbroad, assessment, validationRecognition, signatures
    case learnerSection, institutions, periodAbroad, outcomesAssessed, differences
    case homeOrganisation, hostOrganisation, intermediary, learner, guardian, name, contact, country, address, dateOfBirth
    case roles, start, end, weeks, title, eqfLevel, nqfLevel, progress, enclosures, unit, part, points, learningOutcomes
    case learningActivities, totalPoints, responsible, how, dates, documents, documentation, validation, recognition
    case validFrom, validUntil, shortestMobility, longestMobility, schedule
    case result, grade, assessed, assessor, remarks, assessingInstitution, recognisingInstitution, issued, learningAgreement
    case party, place, date, signature, decidedBy, translationNote
    case contactDetails, decision, position, assessmentArrangement, memorandumSignatures
    case europassCertificateSupplement, europassCV, europassMobility, europassLanguagePassport, europeanSkillsPassport, unitsAlreadyAcquired

    /// The enclosures a learning agreement ticks, by the codes documents give them.
    public static let enclosureCodes: [String: Heading] = [
        "europass-certificate-supplement": .europassCertificateSupplement, "europass-cv": .europassCV,
        "europass-mobility": .europassMobility, "europass-language-passport": .europassLanguagePassport,
        "european-skills-passport": .europeanSkillsPassport, "units-already-acquired": .unitsAlreadyAcquired,
    ]

    /// The languages headings are written in.
    public static let languages = ["en", "fi", "de", "fr", "nl"]

    /// The heading in `language`, English where there is no translation.
    public func text(_ language: String) -> String {
        (Self.table[language] ?? Self.table["en"]!)[self] ?? Self.table["en"]![self]!
    }

    static let table: [String: [Heading: String]] = ["en": english, "fi": finnish, "de": german, "fr": french, "nl": dutch]

    static let english: [Heading: String] = [
        .contactDetails: "E-mail and telephone", .decision: "Decision", .position: "Position", .assessmentArrangement: "Assessment",
        .memorandumSignatures: "8. Signatures", .europassCertificateSupplement: "Europass Certificate Supplement", .europassCV: "Europass CV",
        .europassMobility: "Europass Mobility", .europassLanguagePassport: "Europass Language Passport",
        .europeanSkillsPassport: "European Skills Passport", .unitsAlreadyAcquired: "Units already acquired",
        .memorandum: "Memorandum of Understanding", .agreement: "Learning Agreement", .transcript: "Personal Transcript",
        .fileCode: "File code", .objectives: "1. Objectives", .standardObjective:
            "The partners accept each other's status as competent institutions and their procedures for quality assurance, assessment, validation and recognition of learning outcomes, and build mutual trust for credit transfer.",
        .signingOrganisations: "2. Organisations signing the Memorandum of Understanding",
        .otherOrganisations: "3. Other organisations covered by the Memorandum of Understanding",
        .qualificationsCovered: "4. Qualifications and units covered", .procedures: "5. Assessment, documentation, validation and recognition",
        .validity: "6. Validity of the Memorandum of Understanding", .review: "7. Evaluation and review", .annexes: "9. Annexes",
        .participants: "1. Details of the participants", .duration: "2. Duration of the mobility",
        .qualification: "3. Qualification being taken by the learner", .outcomesAbroad: "4. Learning outcomes to be achieved during the mobility",
        .assessment: "5. Assessment of the learning outcomes", .validationRecognition: "6. Validation and recognition of the learning outcomes",
        .signatures: "Signatures", .learnerSection: "1. Learner", .institutions: "2. Institutions", .periodAbroad: "3. Period abroad",
        .outcomesAssessed: "4. Units and learning outcomes assessed", .differences: "5. Differences from the learning agreement",
        .homeOrganisation: "Home organisation", .hostOrganisation: "Host organisation", .intermediary: "Intermediary organisation",
        .learner: "Learner", .guardian: "Parent or legal guardian", .name: "Name", .contact: "Contact person", .country: "Country",
        .address: "Address", .dateOfBirth: "Date of birth", .roles: "Roles", .start: "Start date", .end: "End date",
        .weeks: "Duration in weeks", .title: "Title", .eqfLevel: "EQF level", .nqfLevel: "NQF level", .progress: "Progress so far",
        .enclosures: "Enclosures", .unit: "Unit", .part: "Part of unit", .points: "ECVET points", .learningOutcomes: "Learning outcomes",
        .learningActivities: "Learning activities", .totalPoints: "ECVET points in all", .responsible: "Responsible",
        .how: "How", .dates: "Dates", .documents: "Documents", .documentation: "Documentation", .validation: "Validation",
        .recognition: "Recognition", .validFrom: "Valid from", .validUntil: "Valid until", .shortestMobility: "Shortest mobility (weeks)",
        .longestMobility: "Longest mobility (weeks)", .schedule: "When", .result: "Result", .grade: "Grade", .assessed: "Assessed on",
        .assessor: "Assessor", .remarks: "Remarks", .assessingInstitution: "Assessing institution (host)",
        .recognisingInstitution: "Validating and recognising institution (home)", .issued: "Issued", .learningAgreement: "Learning agreement",
        .party: "For", .place: "Place", .date: "Date", .signature: "Signature", .decidedBy: "By", .translationNote: "",
    ]

    static let finnish: [Heading: String] = [
        .contactDetails: "Sähköposti ja puhelin", .decision: "Päätös", .position: "Tehtävä", .assessmentArrangement: "Arviointi",
        .memorandumSignatures: "8. Allekirjoitukset", .europassCertificateSupplement: "Europass-tutkintotodistuksen liite",
        .europassCV: "Europass-ansioluettelo", .europassMobility: "Europass-liikkuvuustodistus", .europassLanguagePassport: "Europass-kielipassi",
        .europeanSkillsPassport: "Eurooppalainen osaamispassi", .unitsAlreadyAcquired: "Jo suoritetut tutkinnon osat",
        .memorandum: "Yhteistyöpöytäkirja (MoU)", .agreement: "Oppimissopimus", .transcript: "Henkilökohtainen suoritusote",
        .fileCode: "Asiakirjan tunnus", .objectives: "1. Tavoitteet", .standardObjective:
            "Kumppanit hyväksyvät toistensa aseman toimivaltaisina laitoksina sekä menettelynsä oppimistulosten laadunvarmistuksessa, arvioinnissa, validoinnissa ja tunnustamisessa, ja rakentavat keskinäistä luottamusta opintosuoritusten siirtoa varten.",
        .signingOrganisations: "2. Pöytäkirjan allekirjoittavat organisaatiot", .otherOrganisations: "3. Muut pöytäkirjan piiriin kuuluvat organisaatiot",
        .qualificationsCovered: "4. Tutkinnot ja tutkinnon osat", .procedures: "5. Arviointi, dokumentointi, validointi ja tunnustaminen",
        .validity: "6. Pöytäkirjan voimassaolo", .review: "7. Arviointi ja tarkistaminen", .annexes: "9. Liitteet",
        .participants: "1. Osapuolten tiedot", .duration: "2. Liikkuvuusjakson kesto", .qualification: "3. Opiskelijan suorittama tutkinto",
        .outcomesAbroad: "4. Liikkuvuusjakson aikana saavutettavat oppimistulokset", .assessment: "5. Oppimistulosten arviointi",
        .validationRecognition: "6. Oppimistulosten validointi ja tunnustaminen", .signatures: "Allekirjoitukset",
        .learnerSection: "1. Opiskelija", .institutions: "2. Oppilaitokset", .periodAbroad: "3. Jakso ulkomailla",
        .outcomesAssessed: "4. Arvioidut tutkinnon osat ja oppimistulokset", .differences: "5. Poikkeamat oppimissopimuksesta",
        .homeOrganisation: "Lähettävä organisaatio", .hostOrganisation: "Vastaanottava organisaatio", .intermediary: "Välittäjäorganisaatio",
        .learner: "Opiskelija", .guardian: "Huoltaja", .name: "Nimi", .contact: "Yhteyshenkilö", .country: "Maa", .address: "Osoite",
        .dateOfBirth: "Syntymäaika", .roles: "Roolit", .start: "Alkamispäivä", .end: "Päättymispäivä", .weeks: "Kesto viikkoina",
        .title: "Nimi", .eqfLevel: "EQF-taso", .nqfLevel: "Kansallinen taso (NQF)", .progress: "Tähänastinen eteneminen",
        .enclosures: "Liitteet", .unit: "Tutkinnon osa", .part: "Tutkinnon osan osa", .points: "ECVET-pisteet",
        .learningOutcomes: "Oppimistulokset", .learningActivities: "Oppimistoiminnot", .totalPoints: "ECVET-pisteet yhteensä",
        .responsible: "Vastuuhenkilöt", .how: "Miten", .dates: "Päivämäärät", .documents: "Asiakirjat", .documentation: "Dokumentointi",
        .validation: "Validointi", .recognition: "Tunnustaminen", .validFrom: "Voimassa alkaen", .validUntil: "Voimassa asti",
        .shortestMobility: "Lyhin jakso (viikkoa)", .longestMobility: "Pisin jakso (viikkoa)", .schedule: "Milloin",
        .result: "Tulos", .grade: "Arvosana", .assessed: "Arvioitu", .assessor: "Arvioija", .remarks: "Huomautukset",
        .assessingInstitution: "Arvioiva oppilaitos (vastaanottaja)", .recognisingInstitution: "Validoiva ja tunnustava oppilaitos (lähettäjä)",
        .issued: "Annettu", .learningAgreement: "Oppimissopimus", .party: "Osapuoli", .place: "Paikka", .date: "Päivämäärä",
        .signature: "Allekirjoitus", .decidedBy: "Päättäjä", .translationNote: "Otsikot: ECVETKitin käännös ECVET-malliasiakirjoista.",
    ]

    static let german: [Heading: String] = [
        .contactDetails: "E-Mail und Telefon", .decision: "Entscheidung", .position: "Funktion", .assessmentArrangement: "Bewertung",
        .memorandumSignatures: "8. Unterschriften", .europassCertificateSupplement: "Europass-Zeugniserläuterung",
        .europassCV: "Europass-Lebenslauf", .europassMobility: "Europass-Mobilitätsnachweis", .europassLanguagePassport: "Europass-Sprachenpass",
        .europeanSkillsPassport: "Europäischer Qualifikationspass", .unitsAlreadyAcquired: "Bereits erworbene Einheiten",
        .memorandum: "Memorandum of Understanding (Lernpartnerschaftsvereinbarung)", .agreement: "Lernvereinbarung",
        .transcript: "Persönlicher Leistungsnachweis", .fileCode: "Aktenzeichen", .objectives: "1. Ziele", .standardObjective:
            "Die Partner erkennen ihren Status als zuständige Einrichtungen und ihre Verfahren der Qualitätssicherung, Bewertung, Validierung und Anerkennung von Lernergebnissen gegenseitig an und schaffen Vertrauen für die Übertragung von Leistungspunkten.",
        .signingOrganisations: "2. Unterzeichnende Organisationen", .otherOrganisations: "3. Weitere einbezogene Organisationen",
        .qualificationsCovered: "4. Qualifikationen und Einheiten", .procedures: "5. Bewertung, Dokumentation, Validierung und Anerkennung",
        .validity: "6. Gültigkeit des Memorandum of Understanding", .review: "7. Evaluation und Überprüfung", .annexes: "9. Anlagen",
        .participants: "1. Angaben zu den Beteiligten", .duration: "2. Dauer der Mobilität", .qualification: "3. Angestrebte Qualifikation",
        .outcomesAbroad: "4. Während der Mobilität zu erreichende Lernergebnisse", .assessment: "5. Bewertung der Lernergebnisse",
        .validationRecognition: "6. Validierung und Anerkennung der Lernergebnisse", .signatures: "Unterschriften",
        .learnerSection: "1. Lernende Person", .institutions: "2. Einrichtungen", .periodAbroad: "3. Zeitraum im Ausland",
        .outcomesAssessed: "4. Bewertete Einheiten und Lernergebnisse", .differences: "5. Abweichungen von der Lernvereinbarung",
        .homeOrganisation: "Entsendende Einrichtung", .hostOrganisation: "Aufnehmende Einrichtung", .intermediary: "Vermittelnde Organisation",
        .learner: "Lernende Person", .guardian: "Erziehungsberechtigte Person", .name: "Name", .contact: "Kontaktperson", .country: "Land",
        .address: "Anschrift", .dateOfBirth: "Geburtsdatum", .roles: "Rollen", .start: "Beginn", .end: "Ende", .weeks: "Dauer in Wochen",
        .title: "Bezeichnung", .eqfLevel: "EQR-Niveau", .nqfLevel: "Nationales Niveau (NQR)", .progress: "Bisheriger Lernstand",
        .enclosures: "Anlagen", .unit: "Einheit", .part: "Teil der Einheit", .points: "ECVET-Punkte", .learningOutcomes: "Lernergebnisse",
        .learningActivities: "Lernaktivitäten", .totalPoints: "ECVET-Punkte insgesamt", .responsible: "Verantwortlich", .how: "Wie",
        .dates: "Termine", .documents: "Dokumente", .documentation: "Dokumentation", .validation: "Validierung", .recognition: "Anerkennung",
        .validFrom: "Gültig ab", .validUntil: "Gültig bis", .shortestMobility: "Kürzeste Mobilität (Wochen)",
        .longestMobility: "Längste Mobilität (Wochen)", .schedule: "Wann", .result: "Ergebnis", .grade: "Note", .assessed: "Bewertet am",
        .assessor: "Bewertende Person", .remarks: "Bemerkungen", .assessingInstitution: "Bewertende Einrichtung (aufnehmend)",
        .recognisingInstitution: "Validierende und anerkennende Einrichtung (entsendend)", .issued: "Ausgestellt",
        .learningAgreement: "Lernvereinbarung", .party: "Für", .place: "Ort", .date: "Datum", .signature: "Unterschrift", .decidedBy: "Durch",
        .translationNote: "Überschriften: Übersetzung der ECVET-Vorlagen durch ECVETKit.",
    ]

    static let french: [Heading: String] = [
        .contactDetails: "Courriel et téléphone", .decision: "Décision", .position: "Fonction", .assessmentArrangement: "Évaluation",
        .memorandumSignatures: "8. Signatures des parties", .europassCertificateSupplement: "Supplément descriptif du certificat Europass",
        .europassCV: "CV Europass", .europassMobility: "Europass Mobilité", .europassLanguagePassport: "Passeport de langues Europass",
        .europeanSkillsPassport: "Passeport européen des compétences", .unitsAlreadyAcquired: "Unités déjà acquises",
        .memorandum: "Protocole d'accord (MoU)", .agreement: "Contrat pédagogique", .transcript: "Relevé individuel des acquis",
        .fileCode: "Référence", .objectives: "1. Objectifs", .standardObjective:
            "Les partenaires reconnaissent mutuellement leur statut d'institutions compétentes et leurs procédures d'assurance qualité, d'évaluation, de validation et de reconnaissance des acquis d'apprentissage, et instaurent la confiance nécessaire au transfert d'unités.",
        .signingOrganisations: "2. Organismes signataires", .otherOrganisations: "3. Autres organismes concernés",
        .qualificationsCovered: "4. Certifications et unités concernées", .procedures: "5. Évaluation, documentation, validation et reconnaissance",
        .validity: "6. Validité du protocole d'accord", .review: "7. Évaluation et révision", .annexes: "9. Annexes",
        .participants: "1. Coordonnées des participants", .duration: "2. Durée de la mobilité", .qualification: "3. Certification préparée",
        .outcomesAbroad: "4. Acquis d'apprentissage visés pendant la mobilité", .assessment: "5. Évaluation des acquis d'apprentissage",
        .validationRecognition: "6. Validation et reconnaissance des acquis d'apprentissage", .signatures: "Signatures",
        .learnerSection: "1. Apprenant", .institutions: "2. Établissements", .periodAbroad: "3. Période à l'étranger",
        .outcomesAssessed: "4. Unités et acquis d'apprentissage évalués", .differences: "5. Écarts par rapport au contrat pédagogique",
        .homeOrganisation: "Organisme d'envoi", .hostOrganisation: "Organisme d'accueil", .intermediary: "Organisme intermédiaire",
        .learner: "Apprenant", .guardian: "Parent ou tuteur légal", .name: "Nom", .contact: "Personne de contact", .country: "Pays",
        .address: "Adresse", .dateOfBirth: "Date de naissance", .roles: "Rôles", .start: "Date de début", .end: "Date de fin",
        .weeks: "Durée en semaines", .title: "Intitulé", .eqfLevel: "Niveau CEC", .nqfLevel: "Niveau national (CNC)",
        .progress: "Progression à ce jour", .enclosures: "Pièces jointes", .unit: "Unité", .part: "Partie d'unité", .points: "Points ECVET",
        .learningOutcomes: "Acquis d'apprentissage", .learningActivities: "Activités d'apprentissage", .totalPoints: "Points ECVET au total",
        .responsible: "Responsables", .how: "Modalités", .dates: "Dates", .documents: "Documents", .documentation: "Documentation",
        .validation: "Validation", .recognition: "Reconnaissance", .validFrom: "Valable à partir du", .validUntil: "Valable jusqu'au",
        .shortestMobility: "Mobilité la plus courte (semaines)", .longestMobility: "Mobilité la plus longue (semaines)", .schedule: "Quand",
        .result: "Résultat", .grade: "Note", .assessed: "Évalué le", .assessor: "Évaluateur", .remarks: "Remarques",
        .assessingInstitution: "Établissement évaluateur (accueil)", .recognisingInstitution: "Établissement qui valide et reconnaît (envoi)",
        .issued: "Délivré le", .learningAgreement: "Contrat pédagogique", .party: "Pour", .place: "Lieu", .date: "Date",
        .signature: "Signature", .decidedBy: "Par", .translationNote: "Intitulés : traduction des modèles ECVET par ECVETKit.",
    ]

    static let dutch: [Heading: String] = [
        .contactDetails: "E-mail en telefoon", .decision: "Besluit", .position: "Functie", .assessmentArrangement: "Beoordeling",
        .memorandumSignatures: "8. Handtekeningen", .europassCertificateSupplement: "Europass-certificaatsupplement",
        .europassCV: "Europass-cv", .europassMobility: "Europass Mobiliteit", .europassLanguagePassport: "Europass-taalpaspoort",
        .europeanSkillsPassport: "Europees vaardighedenpaspoort", .unitsAlreadyAcquired: "Reeds behaalde eenheden",
        .memorandum: "Memorandum of Understanding (samenwerkingsovereenkomst)", .agreement: "Leerovereenkomst",
        .transcript: "Persoonlijk overzicht van resultaten", .fileCode: "Kenmerk", .objectives: "1. Doelstellingen", .standardObjective:
            "De partners erkennen elkaars status als bevoegde instellingen en elkaars procedures voor kwaliteitsborging, beoordeling, validering en erkenning van leerresultaten, en bouwen wederzijds vertrouwen op voor de overdracht van studiepunten.",
        .signingOrganisations: "2. Ondertekenende organisaties", .otherOrganisations: "3. Andere betrokken organisaties",
        .qualificationsCovered: "4. Kwalificaties en eenheden", .procedures: "5. Beoordeling, documentatie, validering en erkenning",
        .validity: "6. Geldigheid van het memorandum", .review: "7. Evaluatie en herziening", .annexes: "9. Bijlagen",
        .participants: "1. Gegevens van de deelnemers", .duration: "2. Duur van de mobiliteit", .qualification: "3. Kwalificatie van de lerende",
        .outcomesAbroad: "4. Leerresultaten te behalen tijdens de mobiliteit", .assessment: "5. Beoordeling van de leerresultaten",
        .validationRecognition: "6. Validering en erkenning van de leerresultaten", .signatures: "Handtekeningen",
        .learnerSection: "1. Lerende", .institutions: "2. Instellingen", .periodAbroad: "3. Periode in het buitenland",
        .outcomesAssessed: "4. Beoordeelde eenheden en leerresultaten", .differences: "5. Afwijkingen van de leerovereenkomst",
        .homeOrganisation: "Zendende organisatie", .hostOrganisation: "Ontvangende organisatie", .intermediary: "Bemiddelende organisatie",
        .learner: "Lerende", .guardian: "Ouder of wettelijk vertegenwoordiger", .name: "Naam", .contact: "Contactpersoon", .country: "Land",
        .address: "Adres", .dateOfBirth: "Geboortedatum", .roles: "Rollen", .start: "Begindatum", .end: "Einddatum", .weeks: "Duur in weken",
        .title: "Titel", .eqfLevel: "EQF-niveau", .nqfLevel: "Nationaal niveau (NLQF)", .progress: "Voortgang tot nu toe",
        .enclosures: "Bijlagen", .unit: "Eenheid", .part: "Deel van eenheid", .points: "ECVET-punten", .learningOutcomes: "Leerresultaten",
        .learningActivities: "Leeractiviteiten", .totalPoints: "ECVET-punten in totaal", .responsible: "Verantwoordelijk", .how: "Hoe",
        .dates: "Data", .documents: "Documenten", .documentation: "Documentatie", .validation: "Validering", .recognition: "Erkenning",
        .validFrom: "Geldig vanaf", .validUntil: "Geldig tot", .shortestMobility: "Kortste mobiliteit (weken)",
        .longestMobility: "Langste mobiliteit (weken)", .schedule: "Wanneer", .result: "Resultaat", .grade: "Cijfer",
        .assessed: "Beoordeeld op", .assessor: "Beoordelaar", .remarks: "Opmerkingen",
        .assessingInstitution: "Beoordelende instelling (ontvangend)", .recognisingInstitution: "Validerende en erkennende instelling (zendend)",
        .issued: "Afgegeven", .learningAgreement: "Leerovereenkomst", .party: "Namens", .place: "Plaats", .date: "Datum",
        .signature: "Handtekening", .decidedBy: "Door", .translationNote: "Koppen: vertaling van de ECVET-sjablonen door ECVETKit.",
    ]
}
