//! Golden tests for quotes, times and events, one per rule family: German
//! sentences in (with an article date), the compact output out:
//! `quote KIND SPEAKER (CUE): CONTENT`, `time TEXT = VALUE`,
//! `event TYPE [PARTICIPANTS] @PLACE DATE`.

use dossier_analyze::analyze;
use expect_test::{expect, Expect};

fn check(date: &str, text: &str, expected: Expect) {
    let date = (!date.is_empty()).then(|| date.parse().unwrap());
    let a = analyze(text, date.as_ref());
    let name = |id: &Option<String>| {
        id.as_ref().and_then(|id| a.entities.iter().find(|e| &e.id == id)).map_or("-".to_string(), |e| e.name.clone())
    };
    let mut out = String::new();
    for q in &a.quotes {
        let kind = serde_json::to_value(q.kind).unwrap();
        out.push_str(&format!(
            "quote {} {} ({}): {}\n",
            kind.as_str().unwrap(),
            name(&q.speaker),
            q.cue.as_deref().unwrap_or("-"),
            q.content()
        ));
    }
    for t in &a.times {
        out.push_str(&format!("time {} = {}\n", t.text, t.value.as_deref().unwrap_or("null")));
    }
    for e in &a.events {
        let kind = serde_json::to_value(e.kind).unwrap();
        let names: Vec<String> = e.participants.iter().map(|p| name(&Some(p.clone()))).collect();
        out.push_str(&format!(
            "event {} [{}] @{} {}\n",
            kind.as_str().unwrap(),
            names.join(", "),
            name(&e.place),
            e.date.as_deref().unwrap_or("-")
        ));
    }
    expected.assert_eq(&out);
}

#[test]
fn direct_quotes_in_every_style_and_split_by_a_cue() {
    check(
        "2025-03-14",
        "Warschau. „Wir sind bereit“, sagte Außenministerin Ines Maurer, „aber nicht um jeden Preis.“ »Das gilt auch für Berlin«, fügte sie hinzu. «Die Schweiz bleibt neutral», sagte Aussenminister Beat Imhof. \"Reden heißt nicht nachgeben\", so Imhof.",
        expect![[r#"
            quote direct Ines Maurer (sagte): Wir sind bereit aber nicht um jeden Preis.
            quote direct Ines Maurer (fügte): Das gilt auch für Berlin
            quote direct Beat Imhof (sagte): Die Schweiz bleibt neutral
            quote direct Beat Imhof (so): Reden heißt nicht nachgeben
        "#]],
    );
}

#[test]
fn indirect_speech_with_dass_konjunktiv_and_sources() {
    check(
        "2025-03-14",
        "Der Minister Pavel Novák erklärte, dass die Gespräche gut verlaufen seien. Man sei sich in vielen Fragen einig. Es gebe darüber hinaus Pläne für eine Kommission. Die Lage bleibe angespannt, teilte das Auswärtige Amt mit. Laut der Nachrichtenagentur KCNA reiste die Delegation weiter. Novák warnte, Europa dürfe sich nicht spalten lassen.",
        expect![[r#"
            quote indirect Pavel Novák (erklärte): die Gespräche gut verlaufen seien
            quote indirect Pavel Novák (-): Man sei sich in vielen Fragen einig
            quote indirect Pavel Novák (-): Es gebe darüber hinaus Pläne für eine Kommission
            quote indirect Auswärtiges Amt (teilte): Die Lage bleibe angespannt
            quote indirect KCNA (Laut): reiste die Delegation weiter
            quote indirect Pavel Novák (warnte): Europa dürfe sich nicht spalten lassen
        "#]],
    );
}

#[test]
fn headline_quote_and_pronoun_speakers() {
    check(
        "2023-10",
        "Lawrow: Verhältnis zu Pjöngjang erreicht neue Qualität\n\nSergei Lawrow traf seine Amtskollegin Choe Son-hui. Sie verwies auf die Geschichte: „Wir vergessen nichts.“",
        expect![[r#"
            quote indirect Sergei Lawrow (:): Verhältnis zu Pjöngjang erreicht neue Qualität
            quote direct Choe Son-hui (verwies): Wir vergessen nichts.
            event meeting [Sergei Lawrow, Choe Son-hui] @- -
        "#]],
    );
}

#[test]
fn dates_resolved_against_the_article_date() {
    check(
        "2025-07-14",
        "In Wŏnsan traf er am Samstag seine Amtskollegin. Am 12. Juli teilte er mit, das erste Treffen habe im Herbst 2024 stattgefunden, vor 75 Jahren sei alles anders gewesen. Vergangene Woche und heuer auch; die nächste Runde soll im November folgen.",
        expect![[r#"
            quote indirect - (teilte): das erste Treffen habe im Herbst 2024 stattgefunden, vor 75 Jahren sei alles anders gewesen
            time am Samstag = 2025-07-12
            time Am 12. Juli = 2025-07-12
            time im Herbst 2024 = 2024-FA
            time vor 75 Jahren = 1950
            time Vergangene Woche = 2025-W28
            time heuer = 2025
            time im November = 2025-11
        "#]],
    );
    // A month-only date resolves as far as it honestly goes; no date leaves X.
    check(
        "2023-10",
        "Er weilte am Mittwoch und Donnerstag in Pjöngjang; am 13. September war Gipfel.",
        expect![[r#"
        time am Mittwoch und Donnerstag = 2023-10
        time am 13. September = 2023-09-13
    "#]],
    );
    check(
        "",
        "Am Samstag reiste er ab, am 12. Juli kam er zurück.",
        expect![[r#"
        time Am Samstag = null
        time am 12. Juli = XXXX-07-12
    "#]],
    );
}

#[test]
fn meetings_calls_visits_and_invitations() {
    check(
        "2025-03-14",
        "Warschau. Die französische Außenministerin Hélène Maurer kam am Donnerstag mit ihrem polnischen Amtskollegen Tomasz Nowak zusammen. Am Abend empfing sie auch der polnische Präsident Paweł Zieliński. Maurer telefonierte zudem mit dem ukrainischen Außenminister Andrij Melnyk. Zieliński lud die Ministerin für November nach Krakau ein.",
        expect![[r#"
            time am Donnerstag = 2025-03-13
            time für November = 2025-11
            event meeting [Hélène Maurer, Tomasz Nowak] @Warschau 2025-03-13
            event meeting [Hélène Maurer, Paweł Zieliński] @Warschau 2025-03-13
            event call [Hélène Maurer, Andrij Melnyk] @- 2025-03-13
            event invitation [Paweł Zieliński, Hélène Maurer] @Krakau 2025-11
        "#]],
    );
}

#[test]
fn spokespersons_passive_cues_and_counterparts_as_speakers() {
    check(
        "2025-02-10",
        "Außenministerin Carla Brunsmann hat mit ihrem finnischen Amtskollegen Eero Saarinen telefoniert. Die Lage sei ernst, sagte eine Sprecherin des Auswärtigen Amtes. \"Wir handeln jetzt\", wurde Brunsmann in einer Mitteilung zitiert. Saarinen widersprach nicht. Laut der Agentur STT sagte der Minister, sein Land sei vorbereitet.",
        expect![[r#"
            quote indirect Auswärtiges Amt (sagte): Die Lage sei ernst
            quote direct Carla Brunsmann (zitiert): Wir handeln jetzt
            quote indirect Eero Saarinen (sagte): sein Land sei vorbereitet
            event call [Carla Brunsmann, Eero Saarinen] @- -
        "#]],
    );
}

#[test]
fn meetings_told_in_sequence_take_the_day_and_place_before() {
    check(
        "2025-02-27",
        "Ankara. Außenministerin Carla Brunsmann traf gestern ihren türkischen Amtskollegen Deniz Aksoy. Nach dem Gespräch mit Aksoy kam Brunsmann mit Vizepräsident Levent Ergün zusammen. Am Abend empfing Staatspräsident Orhan Tekin die Ministerin. Ein Berater hat den Besuch vorbereitet. „Wer sich nie trifft, versteht sich nie“, sagte Tekin. Heute reist Brunsmann nach Izmir weiter. Dort will sie mit dem Bürgermeister der Stadt, Selim Kaya, zusammenkommen.",
        expect![[r#"
            quote direct Orhan Tekin (sagte): Wer sich nie trifft, versteht sich nie
            time gestern = 2025-02-26
            time Heute = 2025-02-27
            event meeting [Carla Brunsmann, Deniz Aksoy] @Ankara 2025-02-26
            event meeting [Carla Brunsmann, Levent Ergün] @Ankara 2025-02-26
            event meeting [Orhan Tekin, Carla Brunsmann] @Ankara 2025-02-26
            event meeting [Carla Brunsmann, Selim Kaya] @Izmir 2025-02-27
        "#]],
    );
}

#[test]
fn a_gathering_in_the_lead_is_a_meeting_of_those_who_speak_at_it() {
    check(
        "2024-06",
        "Konferenz in Lissabon\n\nLissabon. In Lissabon haben die Beratungen der Meereskonferenz begonnen. Umweltministerin Ana Ribeiro sagte, die Lage sei ernst. Der norwegische Delegationsleiter Lars Eide forderte, dass die Fischerei begrenzt werde. „Wir brauchen Regeln“, sagte die kenianische Ministerin Grace Wanjiru.",
        expect![[r#"
            quote indirect Ana Ribeiro (sagte): die Lage sei ernst
            quote indirect Lars Eide (forderte): die Fischerei begrenzt werde
            quote direct Grace Wanjiru (sagte): Wir brauchen Regeln
            event meeting [Ana Ribeiro, Lars Eide, Grace Wanjiru] @Lissabon 2024-06
        "#]],
    );
}

#[test]
fn an_invitation_is_dated_and_placed_by_the_visit_it_asks_for() {
    check(
        "2024-02-08",
        "Doha. Ministerin Katrin Vogt und der Energieminister Katars, Hamad al-Thani, unterzeichneten am Mittwoch in Doha ein Abkommen. Zum Abschluss des Treffens in Doha lud Vogt ihren Amtskollegen zu einem Gegenbesuch nach Berlin ein. Al-Thani nahm die Einladung an; der Besuch ist für Mai geplant.",
        expect![[r#"
            time am Mittwoch = 2024-02-07
            time für Mai = 2024-05
            event agreement [Katrin Vogt, Hamad al-Thani] @Doha 2024-02-07
            event visit [Katrin Vogt, Hamad al-Thani] @Berlin 2024-05
        "#]],
    );
}

#[test]
fn open_invitations_hypothetical_summits_and_agreements_in_talks() {
    check(
        "2025-03-10",
        "Außenminister Jonas Brandt traf am Montag in Bern seinen Amtskollegen Marek Novak. Beide Minister vereinbarten, die Gespräche fortzusetzen. Ein Gipfeltreffen der Regierungschefs sei noch in diesem Jahr denkbar. Novak lud Brandt zu einem Besuch in Prag ein. Brandt prüft die Reise noch.",
        expect![[r#"
            quote indirect - (-): Ein Gipfeltreffen der Regierungschefs sei noch in diesem Jahr denkbar
            time am Montag = 2025-03-10
            time in diesem Jahr = 2025
            event meeting [Jonas Brandt, Marek Novak] @Bern 2025-03-10
            event invitation [Marek Novak, Jonas Brandt] @Prag -
        "#]],
    );
}

#[test]
fn a_meeting_of_many_is_a_gathering_and_a_press_conference_is_not() {
    check(
        "2025-01-27",
        "Dreiländertreffen in Görlitz\n\nBei einem Treffen in Görlitz vereinbarten Vertreter der drei Länder am Montag eine Stellenbörse. Staatsminister Paul Weber sprach von einem Erfolg. Die tschechische Vizeministerin Eva Novotná kündigte an, die Bahn auszubauen. Der polnische Vertreter Adam Wiśniewski sagte, man sei zufrieden. Auf einer Medienkonferenz äußerte sich Weber erneut.",
        expect![[r#"
            quote indirect Adam Wiśniewski (sagte): man sei zufrieden
            time am Montag = 2025-01-27
            event meeting [Paul Weber, Eva Novotná, Adam Wiśniewski] @Görlitz 2025-01-27
        "#]],
    );
}

#[test]
fn appositions_spokespersons_and_subjects_carry_reported_speech() {
    check(
        "2025-03-14",
        "Die EU-Kommission sagte Hilfe zu. Ein Sprecher erklärte, Brüssel prüfe neue Mittel. Die indische Botschafterin in Berlin, Kavita Rao, lobte die Stadt. Die Region biete gute Hochschulen, sagte die Botschafterin. Konzernchef Gerd Pichler wollte sich nicht festlegen. Der Preis sei zuletzt gesunken.",
        expect![[r#"
            quote indirect Europäische Kommission (erklärte): Brüssel prüfe neue Mittel
            quote indirect Kavita Rao (sagte): Die Region biete gute Hochschulen
            quote indirect Gerd Pichler (-): Der Preis sei zuletzt gesunken
        "#]],
    );
}

#[test]
fn reports_inside_reports_keep_their_reporter() {
    // The outer reporter speaks on after a report of what someone else said.
    check(
        "2025-02-12",
        "Minister Oleg Pawlow empfing seinen Gast in Moskau. Die Sprecherin des Ministeriums, Irina Bolotowa, schilderte das Gespräch anders. Pawlow habe seinem Gast erklärt, man sei zu Gesprächen bereit. Man habe auch über Gefangene gesprochen.",
        expect![[r#"
            quote indirect Oleg Pawlow (erklärt): man sei zu Gesprächen bereit
            quote indirect Irina Bolotowa (-): Man habe auch über Gefangene gesprochen
            event meeting [Oleg Pawlow] @Moskau -
        "#]],
    );
    // An inverted cue names the outer reporter of the same sentence.
    check(
        "2025-02-12",
        "Bundesrat Kurt Ruoff telefonierte mit Kiew. Ruoff habe versichert, dass die Hilfe weitergehe, sagte Sprecherin Dana Kessler. Der Rat habe zusätzliche Mittel bereitgestellt.",
        expect![[r#"
            quote indirect Dana Kessler (sagte): Ruoff habe versichert, dass die Hilfe weitergehe
            quote indirect Kurt Ruoff (versichert): die Hilfe weitergehe
            quote indirect Dana Kessler (-): Der Rat habe zusätzliche Mittel bereitgestellt
            event call [Kurt Ruoff] @- -
        "#]],
    );
}

#[test]
fn organisations_and_demonstratives_speak() {
    check(
        "2025-05-06",
        "Der Energieversorger Nordwind Holding AG hat einen Vertrag geschlossen. Wie das Unternehmen am Dienstag mitteilte, sollen ab Oktober Lieferungen fließen. Die Sitzung endete ohne Ergebnis, ließ das Bundesamt für Energie offen. Am Dienstag trifft Ministerin Lea Sommer den Verbandschef Rolf Amberger. Dieser hatte gefordert, die Regierung müsse handeln. Viele Betriebe seien in Not.",
        expect![[r#"
            quote indirect Nordwind Holding AG (mitteilte): sollen ab Oktober Lieferungen fließen
            quote indirect Bundesamt für Energie (ließ): Die Sitzung endete ohne Ergebnis
            quote indirect Rolf Amberger (gefordert): die Regierung müsse handeln
            quote indirect Rolf Amberger (-): Viele Betriebe seien in Not
            time am Dienstag = 2025-05-06
            time ab Oktober = 2025-10
            time Am Dienstag = 2025-05-06
            event meeting [Lea Sommer, Rolf Amberger] @- 2025-05-06
        "#]],
    );
}

#[test]
fn a_colon_after_a_cue_opens_reported_speech() {
    check(
        "2024-11-03",
        "Der Abgeordnete Timo Reuss kritisierte die Reise. Das Bundespräsidialamt wies den Vorwurf zurück: Die Präsidentin werde alle Themen ansprechen.",
        expect![[r#"
            quote indirect Bundespräsidialamt (wies): Die Präsidentin werde alle Themen ansprechen
        "#]],
    );
}

#[test]
fn talks_with_a_named_person_and_dates_from_weeks_and_parts_of_the_day() {
    check(
        "2024-11-03",
        "Bundespräsidentin Karla Ebner reist am Dienstag an die Grenze. Dort will Ebner mit der Schriftstellerin Min Seo-yun sprechen. Bereits vergangene Woche war Ebner in Tokio mit Premier Kenji Sato zusammengekommen. Am Nachmittag kam sie auch mit Außenministerin Aiko Mori zusammen.",
        expect![[r#"
            time am Dienstag = 2024-11-05
            time Bereits vergangene Woche = 2024-W43
            event meeting [Karla Ebner, Min Seo-yun] @- 2024-11-05
            event meeting [Karla Ebner, Kenji Sato] @Tokio 2024-10
            event meeting [Karla Ebner, Aiko Mori] @Tokio 2024-10
        "#]],
    );
}

#[test]
fn meetings_beside_a_summit_and_who_is_not_there() {
    check(
        "2025-06-12",
        "Am Rande des Nato-Gipfels in Den Haag kam Außenministerin Svenja Kolb mit ihrem polnischen Amtskollegen Piotr Nowak zusammen. Anschließend traf sie den türkischen Außenminister Mehmet Aydın. Gesundheitsminister Karl Steiner besuchte am Montag ein Krankenhaus in Köln. Dort traf er sich mit Ärzten. Der Verbandschef Urs Kern hatte ein Treffen mit Steiner verlangt, dazu kam es nicht.",
        expect![[r#"
            time am Montag = 2025-06-09
            event meeting [Svenja Kolb, Piotr Nowak] @Den Haag -
            event meeting [Svenja Kolb, Mehmet Aydın] @Den Haag -
            event meeting [Karl Steiner] @Köln 2025-06-09
        "#]],
    );
}

#[test]
fn accusations_statements_and_speakers_not_named_again() {
    check(
        "2025-03-20",
        "Handelskommissarin Maria Lindqvist kündigte Zölle an. Die Maßnahme sei notwendig, sagte die Schwedin. Gewerkschaftschef Tobias Engel sagte der „Süddeutschen Zeitung“, nun müsse die Regierung handeln. Ein Sprecher des chinesischen Handelsministeriums kritisierte die EU. China werde seine Interessen verteidigen, hieß es in einer Erklärung. Der Abgeordnete Ömer Kaya warf der Regierung vor, sie tue zu wenig. Laut einer Umfrage des Ifo-Instituts rechnen viele Firmen mit Nachteilen.",
        expect![[r#"
            quote indirect Maria Lindqvist (sagte): Die Maßnahme sei notwendig
            quote indirect Tobias Engel (sagte): nun müsse die Regierung handeln
            quote indirect Chinesisches Handelsministerium (hieß): China werde seine Interessen verteidigen
            quote indirect Ömer Kaya (warf): sie tue zu wenig
            quote indirect Ifo-Institut (Laut): rechnen viele Firmen mit Nachteilen
        "#]],
    );
}

#[test]
fn a_call_told_again_and_talks_to_be_continued() {
    check(
        "2024-10-17",
        "Am Freitag reist Außenministerin Claudia Berger nach Athen. Am Samstag reist sie weiter nach Sofia, wo ein Treffen mit Regierungschef Nikos Papas geplant ist. Bundeskanzler Martin Huber telefonierte gestern mit dem ukrainischen Präsidenten Andrij Melnyk. Es war das erste Gespräch der beiden seit dem Sommer. Die Gespräche zwischen Huber und Melnyk sollen im Frühjahr in Wien fortgesetzt werden.",
        expect![[r#"
            time Am Freitag = 2024-10-18
            time Am Samstag = 2024-10-19
            time gestern = 2024-10-16
            time seit dem Sommer = 2024-SU
            time im Frühjahr = 2025-SP
            event meeting [Claudia Berger, Nikos Papas] @Sofia 2024-10-19
            event call [Martin Huber, Andrij Melnyk] @- 2024-10-16
            event meeting [Martin Huber, Andrij Melnyk] @Wien -
        "#]],
    );
}

#[test]
fn people_nouns_counterparts_and_verbs_in_eln() {
    check(
        "2025-02-05",
        "Frankreichs Außenminister Paul Girard und seine deutsche Amtskollegin Lena Wolff haben am Dienstag in Paris beraten. „Europa muss mehr tun“, sagte der Franzose. Die deutsche Ministerin stimmte zu. Auch CSU-Chef Markus Beck äußerte sich: Die Regierung handle planlos.",
        expect![[r#"
            quote direct Paul Girard (sagte): Europa muss mehr tun
            quote indirect Markus Beck (äußerte): Die Regierung handle planlos
            time am Dienstag = 2025-02-04
            event meeting [Paul Girard, Lena Wolff] @Paris 2025-02-04
        "#]],
    );
}

#[test]
fn swiss_councillors_passive_cues_and_confidence() {
    check(
        "2025-05-14",
        "Bundesrätin Elisabeth Maurer hat sich zuversichtlich gezeigt, dass die Verhandlungen bald abgeschlossen werden. Der EU-Botschafter in Bern, Marco Ferri, gab sich ebenfalls optimistisch. Die Gespräche verliefen konstruktiv, wurde Ferri in einer Mitteilung zitiert. Vertreter von Rheinland-Pfalz und Luxemburg hatten am Vortag in Remich getagt.",
        expect![[r#"
            quote indirect Elisabeth Maurer (gezeigt): die Verhandlungen bald abgeschlossen werden
            quote indirect Marco Ferri (zitiert): Die Gespräche verliefen konstruktiv
            time bald = null
            time am Vortag = 2025-05-13
            event meeting [Rheinland-Pfalz, Luxemburg] @- 2025-05-13
        "#]],
    );
}

#[test]
fn family_names_first_and_a_manager_who_speaks() {
    check(
        "2024-10-09",
        "Minister Florian Weidenbach traf Hanbit-Chefin Bae Soo-jin. Bae sagte, entscheidend sei die Nähe zu den Werken gewesen. „Europa ist für uns eine zweite Heimat“, sagte die Managerin bei einer Pressekonferenz in Mainz.",
        expect![[r#"
            quote indirect Bae Soo-jin (sagte): entscheidend sei die Nähe zu den Werken gewesen
            quote direct Bae Soo-jin (sagte): Europa ist für uns eine zweite Heimat
            event meeting [Florian Weidenbach, Bae Soo-jin] @- -
        "#]],
    );
}

#[test]
fn meetings_beside_a_conference_take_its_day() {
    check(
        "2024-08",
        "Genf. Mit einer Konferenz im Palais des Nations hat die Schweiz am 12. August an die Genfer Konventionen erinnert, sagte Bundesrat Kurt Ruoff. Am Rande der Konferenz trafen sich die Aussenminister Andrij Koval und Tomasz Wrona zu einem Gespräch.",
        expect![[r#"
            quote indirect Kurt Ruoff (sagte): Mit einer Konferenz im Palais des Nations hat die Schweiz am 12. August an die Genfer Konventionen erinnert
            time am 12. August = 2024-08-12
            event meeting [Kurt Ruoff, Andrij Koval, Tomasz Wrona] @Palais des Nations 2024-08-12
            event meeting [Andrij Koval, Tomasz Wrona] @Palais des Nations 2024-08-12
        "#]],
    );
}

#[test]
fn talks_on_the_programme_and_conditions() {
    check(
        "2024-06-12",
        "Der südkoreanische Präsident Choi Min-ho ist zu einem Staatsbesuch in Berlin eingetroffen. Er wurde am Dienstag von Bundespräsident Walter Engel empfangen. Am Mittwoch stehen Gespräche mit Bundeskanzlerin Heike Brandt auf dem Programm. Sollte der Besuch verschoben werden, werde er das Gespräch mit Ministerin Ina Roth suchen.",
        expect![[r#"
            time am Dienstag = 2024-06-11
            time Am Mittwoch = 2024-06-12
            event visit [Choi Min-ho] @Berlin -
            event meeting [Choi Min-ho, Walter Engel] @- 2024-06-11
            event meeting [Choi Min-ho, Heike Brandt] @- 2024-06-12
        "#]],
    );
}

#[test]
fn invitations_told_before_and_visits_told_after() {
    check(
        "2024-06-12",
        "Außenministerin Sabine Roth hatte ihren brasilianischen Amtskollegen Carlos Lima im Mai zu einem Besuch nach Berlin eingeladen. Lima nahm die Einladung an. Der Besuch soll im September stattfinden. Zum Abschluss lud Roth den Premier Ken Ito für Anfang März nach Berlin ein. Ito nahm die Einladung an. Die Reise soll im Juli stattfinden.",
        expect![[r#"
            time im Mai = 2024-05
            time im September = 2024-09
            time für Anfang März = 2025-03
            time im Juli = 2024-07
            event visit [Sabine Roth, Carlos Lima] @Berlin 2024-09
            event visit [Sabine Roth, Ken Ito] @Berlin 2025-03
        "#]],
    );
}

#[test]
fn state_visits_banquets_and_objects() {
    check(
        "2025-03-14",
        "Berlin. Der portugiesische Präsident Duarte Vale ist zu einem Staatsbesuch eingetroffen. Am Dienstag wurde Vale von Bundespräsidentin Gesine Ahl mit militärischen Ehren begrüßt. Am Abend gab sie ein Staatsbankett, an dem auch Ministerin Frieda Lanz teilnahm. Am Donnerstag empfängt Bundeskanzler Jonas Rupp ihn im Kanzleramt. Polens Vizeminister Łukasz Śliwa traf am Mittwoch mit Bürgermeisterin Renate Haid zusammen, um über Flüchtlinge zu sprechen.",
        expect![[r#"
            time Am Dienstag = 2025-03-11
            time Am Donnerstag = 2025-03-20
            time am Mittwoch = 2025-03-12
            event visit [Duarte Vale] @- -
            event meeting [Duarte Vale, Gesine Ahl] @Berlin 2025-03-11
            event meeting [Gesine Ahl, Frieda Lanz] @Berlin 2025-03-11
            event meeting [Jonas Rupp, Duarte Vale] @Berlin 2025-03-20
            event meeting [Łukasz Śliwa, Renate Haid] @Berlin 2025-03-12
        "#]],
    );
}

#[test]
fn delegations_of_both_countries() {
    check(
        "2025-03-20",
        "Bern. Die Schweiz und Malaysia haben ihr Freihandelsabkommen fertig verhandelt. Malaysia exportiert vor allem Palmöl in die Schweiz. Am 14. März verhandelten die Delegationen beider Länder in Genf über die letzten Punkte.",
        expect![[r#"
            time Am 14. März = 2025-03-14
            event meeting [Schweiz, Malaysia] @Genf 2025-03-14
        "#]],
    );
}

#[test]
fn a_union_and_the_management_of_a_company() {
    check(
        "2025-02-14",
        "Basel. Die Vallora Chemie AG streicht 300 Stellen. Die Gewerkschaft Unisol reagierte scharf. Sie verlange, dass der Konzern einen Sozialplan vorlege. Am Mittwoch hatten sich Unisol und die Geschäftsleitung zu einem ersten Gespräch getroffen.",
        expect![[r#"
            quote indirect - (-): Sie verlange, dass der Konzern einen Sozialplan vorlege
            time Am Mittwoch = 2025-02-12
            event meeting [Unisol, Vallora Chemie AG] @Basel 2025-02-12
        "#]],
    );
}

#[test]
fn a_double_surname_is_the_short_form_of_the_full_name() {
    check(
        "2025-01-20",
        "Linz. Landesrat Erich Pammer traf am Freitag Konzernmanager Rodrigo Amaral Teixeira. Amaral Teixeira sagte, das Werk bleibe offen.",
        expect![[r#"
            quote indirect Rodrigo Amaral Teixeira (sagte): das Werk bleibe offen
            time am Freitag = 2025-01-17
            event meeting [Erich Pammer, Rodrigo Amaral Teixeira] @Linz 2025-01-17
        "#]],
    );
}

#[test]
fn days_counted_from_the_day_named_last() {
    check(
        "2025-05",
        "Hanoi. Am 13. Mai kam Ministerin Vera Lutz mit Premier Tran Van Hai zusammen. Tags darauf empfing Präsident Le Minh Tuan sie. Am Vortag hatten Beamte beider Seiten getagt. Am nächsten Tag reiste sie ab.",
        expect![[r#"
            time Am 13. Mai = 2025-05-13
            time Tags darauf = 2025-05-14
            time Am Vortag = 2025-05-13
            time Am nächsten Tag = 2025-05-14
            event meeting [Vera Lutz, Tran Van Hai] @Hanoi 2025-05-13
            event meeting [Le Minh Tuan, Vera Lutz] @Hanoi 2025-05-14
            event visit [Vera Lutz] @- 2025-05-14
        "#]],
    );
}

#[test]
fn companies_after_kind_nouns_and_spanish_double_surnames() {
    check(
        "2024-10-18",
        "Brasília. Der spanische Außenminister José Manuel Ibarra Zubizarreta wurde am Donnerstag von Ministerin Helena Vasconcelos Duarte im Itamaraty empfangen. Die beiden Minister berieten in Brasília über Handel. Am Mittwoch war Ibarra in São Paulo mit Vertretern des Energiekonzerns Ibérica Renovables und des Bergbauunternehmens Mineração Serra Alta zusammengekommen. Im Beisein des Ministers unterzeichneten beide Firmen einen Vertrag. Der Agrarverband Terra Viva warf den Europäern Doppelmoral vor.",
        expect![[r#"
            time am Donnerstag = 2024-10-17
            time Am Mittwoch = 2024-10-16
            event meeting [José Manuel Ibarra Zubizarreta, Helena Vasconcelos Duarte] @Brasília 2024-10-17
            event meeting [José Manuel Ibarra Zubizarreta, Ibérica Renovables, Mineração Serra Alta] @São Paulo 2024-10-16
        "#]],
    );
}

#[test]
fn the_two_office_holders_and_days_beside_a_visit() {
    check(
        "2025-11-27",
        "Bundespräsidentin Vera Gubler hat die ghanaische Präsidentin Ama Boateng am Mittwoch in Bern empfangen. Im Anschluss führten die beiden Präsidentinnen Gespräche, an denen auch Aussenminister Marco Pedra teilnahm. Vertreter beider Regierungen verhandeln am 3. Dezember in Genf weiter. Bereits am Vortag war Boateng in Zürich mit Vertretern der Goldraffinerie Albis Edelmetalle zusammengetroffen. Die beiden Präsidentinnen hatten bereits Mitte Oktober miteinander telefoniert.",
        expect![[r#"
            time am Mittwoch = 2025-11-26
            time am 3. Dezember = 2025-12-03
            time am Vortag = 2025-11-25
            time bereits Mitte Oktober = 2025-10
            event meeting [Vera Gubler, Ama Boateng, Marco Pedra] @Bern 2025-11-26
            event meeting [Ama Boateng] @Zürich 2025-11-25
            event call [Vera Gubler, Ama Boateng] @- 2025-10
        "#]],
    );
}

#[test]
fn a_meeting_for_talks_negotiations_to_come_and_an_accepted_invitation() {
    check(
        "2024-10-03",
        "Gmunden. Gestern trafen einander Betriebsrat Harald Mos, Regionalsekretärin Dana Fött und Werksleiter Lars Edvin im Werk in Gmunden zu einem ersten Gespräch. Mos und Fött wollen am Freitag erneut mit Edvin verhandeln. Zum Abschluss nahm Edvin eine Einladung Mos' zu einem Besuch in Linz an. Der Infrastruktur-Landesrat Günter Stein telefonierte am Dienstag mit Minister Pavel Sedl.",
        expect![[r#"
            time Gestern = 2024-10-02
            time am Freitag = 2024-10-04
            time am Dienstag = 2024-10-01
            event meeting [Harald Mos, Dana Fött, Lars Edvin] @Gmunden 2024-10-02
            event meeting [Harald Mos, Dana Fött, Lars Edvin] @- 2024-10-04
            event visit [Lars Edvin, Harald Mos] @Linz -
            event call [Günter Stein, Pavel Sedl] @- 2024-10-01
        "#]],
    );
}

#[test]
fn a_trilateral_meeting_its_margins_and_the_guest_from_a_country() {
    check(
        "2025-06-05",
        "Seoul. Die Außenministerin Han Seo-yeon empfing ihre Amtskollegen Qiao Weidong aus Peking und Tomoyuki Sakaguchi aus Tokio am Mittwoch zu einem Dreiertreffen in Seoul. Bereits am Vortag hatten Han und Sakaguchi bei einem Arbeitsessen gesprochen. Am Rande des Treffens kam Han zudem mit Qiao zusammen. Zuletzt waren die drei Minister Mitte März in Tokio zusammengekommen. Am Freitag will Präsident Baek Jin-ho den chinesischen Gast empfangen. Die Agentur KCNA nannte das Treffen eine „Verschwörung gegen Nordkorea“.",
        expect![[r#"
            quote direct KCNA (nannte): Verschwörung gegen Nordkorea
            time am Mittwoch = 2025-06-04
            time am Vortag = 2025-06-03
            time Mitte März = 2025-03
            time Am Freitag = 2025-06-06
            event meeting [Han Seo-yeon, Qiao Weidong, Tomoyuki Sakaguchi] @Seoul 2025-06-04
            event meeting [Han Seo-yeon, Tomoyuki Sakaguchi] @Seoul 2025-06-03
            event meeting [Han Seo-yeon, Qiao Weidong] @Seoul 2025-06-04
            event meeting [Han Seo-yeon, Qiao Weidong, Tomoyuki Sakaguchi] @Tokio 2025-03
            event meeting [Baek Jin-ho, Qiao Weidong] @Seoul 2025-06-06
        "#]],
    );
}

#[test]
fn a_guest_at_someones_and_calls_at_the_weekend() {
    check(
        "2024-11-14",
        "Wien. Wirtschaftsminister Konrad Pfist telefonierte am Wochenende mit Chefverhandler Andreas Traxl. Vergangene Woche war Traxl in Linz zu Gast bei Landesrätin Karin Obermül. Am kommenden Wochenende will Traxl erneut mit Pfist sprechen.",
        expect![[r#"
            time am Wochenende = 2024-W45-WE
            time Vergangene Woche = 2024-W45
            time Am kommenden Wochenende = 2024-W46-WE
            event call [Konrad Pfist, Andreas Traxl] @- 2024-11
            event meeting [Andreas Traxl, Karin Obermül] @Linz 2024-11
            event meeting [Andreas Traxl, Konrad Pfist] @Wien 2024-11
        "#]],
    );
}

#[test]
fn an_office_with_a_complement_and_the_same_office_word_later() {
    check(
        "2025-09-23",
        "Potsdam. Es sprachen die Staatsministerin im Auswärtigen Amt Wiebke Holl und die ukrainische Vize-Außenministerin Olha Bondar. Die Staatsministerin sagte, Deutschland habe viel getan.",
        expect![[r#"
            quote indirect Wiebke Holl (sagte): Deutschland habe viel getan
        "#]],
    );
}

#[test]
fn a_konjunktiv_content_before_dass_is_no_report_inside_a_report() {
    check(
        "2025-06-05",
        "Seoul. Die Agentur KCNA nannte das Treffen eine „Verschwörung“. Die Politologin Ryu Ji-hye sagte, das Treffen zeige, dass die Nachbarn im Gespräch blieben. Einen Durchbruch erwarte sie aber nicht.",
        expect![[r#"
            quote direct KCNA (nannte): Verschwörung
            quote indirect Ryu Ji-hye (sagte): das Treffen zeige, dass die Nachbarn im Gespräch blieben
            quote indirect Ryu Ji-hye (-): Einen Durchbruch erwarte sie aber nicht
        "#]],
    );
}

#[test]
fn sources_with_short_forms_in_brackets_and_generic_nouns() {
    check(
        "2024-09-20",
        "Bern. Nach Angaben des Staatssekretariats für Wirtschaft (Seco) ist das Abkommen unterschriftsreif. Die Unterzeichnung solle Anfang des kommenden Jahres erfolgen. Laut dem Bundesamt für Verkehr (BAV) ist der Bund zu Gesprächen bereit. Der Bauernverband Thurgau warnte. Dem Verband zufolge haben viele Betriebe aufgegeben. Die Bürgerinitiative Seewind protestierte. Die Initiative kündigte an, sie werde klagen.",
        expect![[r#"
            quote indirect Staatssekretariat für Wirtschaft (Nach): ist das Abkommen unterschriftsreif
            quote indirect Staatssekretariat für Wirtschaft (-): Die Unterzeichnung solle Anfang des kommenden Jahres erfolgen
            quote indirect Bundesamt für Verkehr (Laut): ist der Bund zu Gesprächen bereit
            quote indirect Bauernverband Thurgau (zufolge): haben viele Betriebe aufgegeben
            quote indirect Bürgerinitiative Seewind (kündigte): sie werde klagen
            time kommenden Jahres = 2025
            event meeting [Bundesamt für Verkehr] @Bern -
        "#]],
    );
}

#[test]
fn inverted_cues_with_people_nouns_particles_and_short_names() {
    check(
        "2025-03-04",
        "Wien. Die Generaldirektorin Ingrid Sol kritisierte den Iran. Die Inspektoren hätten keinen Zugang erhalten, sagte die Norwegerin vor den Vertretern im Vienna International Centre (VIC). „Wir wollen Klarheit“, rief sie den Delegierten zu. Das müsse sich ändern. Der Ungar Zoltán Kerek hielt dagegen, Budapest lasse sich nicht drängen. Am Vortag traf sie Außenminister Zulkifli bin Rahman Shah. Zulkifli sagte, man sei offen.",
        expect![[r#"
            quote indirect Ingrid Sol (sagte): Die Inspektoren hätten keinen Zugang erhalten
            quote direct Ingrid Sol (rief): Wir wollen Klarheit
            quote indirect Ingrid Sol (-): Das müsse sich ändern
            quote indirect Zoltán Kerek (hielt): Budapest lasse sich nicht drängen
            quote indirect Zulkifli bin Rahman Shah (sagte): man sei offen
            time Am Vortag = 2025-03-03
            event meeting [Ingrid Sol, Zulkifli bin Rahman Shah] @Wien 2025-03-03
        "#]],
    );
}

#[test]
fn speakers_opened_by_a_country_and_an_office_and_long_spanish_names() {
    check(
        "2025-02-14",
        "Brüssel. Die USA könnten nicht alles tragen, sagte Verteidigungsminister Craig Halvor. Polens Verteidigungsminister Władysław Kępiń stellte sich hinter Halvor: Sein Land gebe mehr als vier Prozent aus. Generalsekretär Maarten Ties warb für mehr. „Zwei Prozent reichen nicht“, sagte der Niederländer. Der Senator Mauricio Londoño Arango warf ihm vor, er übertreibe.",
        expect![[r#"
            quote indirect Craig Halvor (sagte): Die USA könnten nicht alles tragen
            quote indirect Władysław Kępiń (stellte): Sein Land gebe mehr als vier Prozent aus
            quote direct Maarten Ties (sagte): Zwei Prozent reichen nicht
            quote indirect Mauricio Londoño Arango (warf): er übertreibe
        "#]],
    );
}

#[test]
fn a_dateline_city_and_more_parties_at_the_table() {
    check(
        "2026-01-20",
        "Wien – Nach sechs Stunden haben sich Regierung und Sozialpartner am Montagabend geeinigt. An dem Gipfel nahmen Bundeskanzler Matthias Eben und Vizekanzler Thomas Rauch teil. Für die Sozialpartner saßen ÖGB-Präsident Karl Ruprecht und Arbeiterkammer-Präsidentin Renate Ort am Tisch.",
        expect![[r#"
            time am Montagabend = 2026-01-19
            event meeting [Matthias Eben, Thomas Rauch, Karl Ruprecht, Renate Ort] @Wien 2026-01-19
        "#]],
    );
}

#[test]
fn the_two_negotiators_a_past_encounter_and_a_journey_to_talk() {
    check(
        "2025-09-26",
        "Kairo. Die Ministerin Dalia Ghamra gab sich vorsichtiger. Auch Jaroslawa Dubro sprach. Am Mittwoch hatte Handelsminister Khaled Abu Zeid die beiden Verhandlungsführerinnen zu einem Arbeitsessen empfangen. Dubro und Ghamra waren sich zuletzt im Juni in Sankt Petersburg begegnet. Zuvor will Abu Zeid nach Moskau reisen, um mit Vizeregierungschef Wiktor Salty über Weizen zu sprechen.",
        expect![[r#"
            time Am Mittwoch = 2025-09-24
            time im Juni = 2025-06
            event meeting [Khaled Abu Zeid, Dalia Ghamra, Jaroslawa Dubro] @Kairo 2025-09-24
            event meeting [Jaroslawa Dubro, Dalia Ghamra] @Sankt Petersburg 2025-06
            event meeting [Khaled Abu Zeid, Wiktor Salty] @Moskau -
        "#]],
    );
}

#[test]
fn a_session_of_a_board_is_a_gathering() {
    check(
        "2025-03-04",
        "Wien. Zum Auftakt der Frühjahrssitzung des Gouverneursrats hat Generaldirektorin Ingrid Solhaug am Montag in Wien den Iran kritisiert. Es fehle an Zugang, sagte sie. Die Botschafterin der USA, Dana Whitcombe, sagte, der Iran habe jede Geduld aufgebraucht. Der iranische Vizeaußenminister Mehdi Qarabaghi sagte, die Kritik sei unfair.",
        expect![[r#"
            quote indirect Ingrid Solhaug (sagte): Es fehle an Zugang
            quote indirect Dana Whitcombe (sagte): der Iran habe jede Geduld aufgebraucht
            quote indirect Mehdi Qarabaghi (sagte): die Kritik sei unfair
            time am Montag = 2025-03-03
            event meeting [Ingrid Solhaug, Dana Whitcombe, Mehdi Qarabaghi] @Wien 2025-03-03
        "#]],
    );
}

#[test]
fn a_meeting_beside_a_conference_and_a_name_ending_its_headline() {
    check(
        "2025-05-16",
        "Kanzler trifft Reinhold Tscher\n\nVelden. Die Landeshauptleute haben bei ihrer Frühjahrstagung am Donnerstag in Velden beraten. Gastgeber war Landeshauptmann Reinhold Tscher. Am Tisch saßen Landeshauptfrau Gertraud Aigen und Landeshauptmann Florian Haid. Finanzminister Leopold Wimmer hatte bereits am Dienstag mit Tscher telefoniert.\n\nAm Rande der Konferenz traf Tscher den Kanzler Matthias Eben zu einem Gespräch.",
        expect![[r#"
            time am Donnerstag = 2025-05-15
            time am Dienstag = 2025-05-13
            event meeting [Reinhold Tscher, Leopold Wimmer, Matthias Eben] @Velden 2025-05-15
            event meeting [Reinhold Tscher] @Velden -
            event call [Leopold Wimmer, Reinhold Tscher] @- 2025-05-13
            event meeting [Reinhold Tscher, Matthias Eben] @Velden 2025-05-15
        "#]],
    );
}

#[test]
fn an_undated_session_is_not_a_smaller_meeting_and_a_purpose_has_no_place() {
    check(
        "",
        "Nato-Minister ringen um neues Ziel\n\nBrüssel. Generalsekretär Maarten Ties warb vor Beginn der Sitzung für mehr Geld. Es reiche nicht, sagte er. Verteidigungsminister Jens Carst sagte, Deutschland werde zahlen. Polens Minister Władysław Kępiń sagte, das sei richtig. Am Rande des Treffens kam Carst mit Kępiń und Minister Halvard Rast zusammen, um über Kabel in der Ostsee zu sprechen.",
        expect![[r#"
            quote indirect Maarten Ties (sagte): Es reiche nicht
            quote indirect Jens Carst (sagte): Deutschland werde zahlen
            quote indirect Władysław Kępiń (sagte): das sei richtig
            event meeting [Maarten Ties, Jens Carst, Władysław Kępiń, Halvard Rast] @Brüssel -
            event meeting [Jens Carst, Władysław Kępiń, Halvard Rast] @Brüssel -
        "#]],
    );
}

#[test]
fn a_pronoun_after_a_role_phrase_refers_to_its_person() {
    check(
        "2025-02-20",
        "Bern. Staatssekretärin Seraina Cafl empfing den iranischen Vizeaußenminister Mohsen Dehghan. Im Mittelpunkt hätten humanitäre Fragen gestanden, sagte Nicolas Roch, der Sprecher des EDA. Der Vizeaußenminister äußerte sich nach dem Treffen. „Wir sind gekommen, um zuzuhören“, sagte er.",
        expect![[r#"
            quote indirect Nicolas Roch (sagte): Im Mittelpunkt hätten humanitäre Fragen gestanden
            quote direct Mohsen Dehghan (sagte): Wir sind gekommen, um zuzuhören
            event meeting [Seraina Cafl, Mohsen Dehghan] @Bern -
        "#]],
    );
}

#[test]
fn ministries_by_their_seat_federal_ministries_and_agencies_passing_on() {
    check(
        "2026-01-22",
        "Wien. Außenministerin Marlene Scheib telefonierte am Mittwoch mit ihrem ungarischen Amtskollegen Zoltán Berecz. Das Gespräch sei offen gewesen, teilte das Außenministerium in Wien mit. Die Gespräche seien zielorientiert verlaufen, teilte das Bundeswirtschaftsministerium mit. Tass zufolge bezeichnete das russische Außenministerium die Pläne als illegal.",
        expect![[r#"
            quote indirect Österreichisches Außenministerium (teilte): Das Gespräch sei offen gewesen
            quote indirect Bundeswirtschaftsministerium (teilte): Die Gespräche seien zielorientiert verlaufen
            quote indirect Russisches Außenministerium (zufolge): bezeichnete das russische Außenministerium die Pläne als illegal
            time am Mittwoch = 2026-01-21
            event call [Marlene Scheib, Zoltán Berecz] @- 2026-01-21
        "#]],
    );
}

#[test]
fn a_past_verb_outweighs_a_future_adjective() {
    check(
        "2026-01-22",
        "Wien. Im Streit um das nächste Sanktionspaket hat Außenministerin Marlene Scheib am Mittwoch mit ihrem Amtskollegen Zoltán Berecz telefoniert. Die nächste Runde findet am Montag statt.",
        expect![[r#"
            time am Mittwoch = 2026-01-21
            time am Montag = 2026-01-26
            event call [Marlene Scheib, Zoltán Berecz] @- 2026-01-21
        "#]],
    );
}

#[test]
fn a_hosts_dinner_is_for_the_guest_on_the_day_told() {
    check(
        "2025-10-16",
        "Berlin. Bundeskanzler Ulrich Falken empfing den südkoreanischen Präsidenten Hwang Seok-min am Mittwoch. Hwang lobte die Gespräche. Hwang sagte, Korea sei ein Partner. Bei einem Abendessen im Schloss Bellevue würdigte Bundespräsidentin Gesa Witten den Weg Südkoreas. Die Firma Dasol Mechatronics plant ein Werk.",
        expect![[r#"
            quote indirect Hwang Seok-min (sagte): Korea sei ein Partner
            time am Mittwoch = 2025-10-15
            event meeting [Ulrich Falken, Hwang Seok-min] @Berlin 2025-10-15
            event meeting [Hwang Seok-min, Gesa Witten] @Schloss Bellevue 2025-10-15
        "#]],
    );
}

#[test]
fn a_regional_chamber_and_its_short_form() {
    check(
        "2024-09-12",
        "Braunau. Nach Angaben der Wirtschaftskammer Oberösterreich pendeln viele nach Bayern. Die Wirtschaftskammer warnte, eine Sperre sei kaum zu verkraften. Landesrat Christoph Anzing traf sich am Mittwoch mit Vertretern der Wirtschaftskammer in Ried.",
        expect![[r#"
            quote indirect Wirtschaftskammer Oberösterreich (Nach): pendeln viele nach Bayern
            quote indirect Wirtschaftskammer Oberösterreich (warnte): eine Sperre sei kaum zu verkraften
            time am Mittwoch = 2024-09-11
            event meeting [Christoph Anzing, Wirtschaftskammer Oberösterreich] @Ried 2024-09-11
        "#]],
    );
}

#[test]
fn someone_from_a_city_is_the_person_just_spoken_of() {
    check(
        "2025-06-05",
        "Basel. «Japan ist der anspruchsvollste Markt», sagte Konzernchefin Nadine Vischer nach der Unterzeichnung. Die Baslerin kündigte an, dass ein zweites Labor finanziert werde. Stellen würden keine abgebaut.",
        expect![[r#"
            quote direct Nadine Vischer (sagte): Japan ist der anspruchsvollste Markt
            quote indirect Nadine Vischer (kündigte): ein zweites Labor finanziert werde
            quote indirect Nadine Vischer (-): Stellen würden keine abgebaut
        "#]],
    );
}

#[test]
fn a_ministry_by_its_seat_is_the_one_its_spokesman_speaks_for() {
    check(
        "2026-01-22",
        "Wien. Das Gespräch sei offen gewesen, teilte das Außenministerium in Wien mit. Ungarn blockiert die Liste. Das Ministerium sagte, Österreich trage das Paket mit. Ein Sprecher des Ministeriums sagte, man brauche Übergangsfristen.",
        expect![[r#"
            quote indirect Österreichisches Außenministerium (teilte): Das Gespräch sei offen gewesen
            quote indirect Österreichisches Außenministerium (sagte): Österreich trage das Paket mit
            quote indirect Österreichisches Außenministerium (sagte): man brauche Übergangsfristen
        "#]],
    );
}

#[test]
fn talks_between_a_union_and_management_and_their_next_round() {
    check(
        "2025-02-05",
        "Hennigsdorf. Im Streit um den Abbau bei der Märkischen Schienentechnik GmbH haben IG Metall und Geschäftsführung am Montag erstmals miteinander verhandelt. Nach sieben Stunden vertagten sie sich. Die nächste Runde soll am 27. Februar ebenfalls in Hennigsdorf stattfinden.",
        expect![[r#"
            time am Montag = 2025-02-03
            time am 27. Februar = 2025-02-27
            event meeting [Märkischen Schienentechnik GmbH, IG Metall] @Hennigsdorf 2025-02-03
            event meeting [Märkischen Schienentechnik GmbH, IG Metall] @Hennigsdorf 2025-02-27
        "#]],
    );
}

#[test]
fn the_next_round_of_ministers_talks_is_between_their_countries() {
    check(
        "2025-03-14",
        "Warschau. Frankreichs Außenministerin Hélène Lefèvre traf am Donnerstag ihren polnischen Amtskollegen Paweł Kowalczyk. Die nächste Gesprächsrunde soll Ende des Monats in Paris stattfinden.",
        expect![[r#"
            time am Donnerstag = 2025-03-13
            time Ende des Monats = 2025-03
            event meeting [Hélène Lefèvre, Paweł Kowalczyk] @Warschau 2025-03-13
            event meeting [Frankreich, Polen] @Paris 2025-03
        "#]],
    );
}

#[test]
fn a_time_in_the_clause_of_a_later_event_is_not_this_ones() {
    check(
        "2024-11-19",
        "Dresden. Chinas Vizepremier Tan Zhiyuan besuchte am Montag Sachsen. Am Mittwoch wird Tan in Berlin erwartet. Dort will er Gespräche mit Bundeskanzler Ulrich Falken führen; am Donnerstag trifft er Wirtschaftsministerin Ines Brockhagen.",
        expect![[r#"
            time am Montag = 2024-11-18
            time Am Mittwoch = 2024-11-20
            time am Donnerstag = 2024-11-21
            event visit [Tan Zhiyuan] @- 2024-11-18
            event meeting [Tan Zhiyuan, Ulrich Falken] @Berlin 2024-11-20
            event meeting [Tan Zhiyuan, Ines Brockhagen] @Berlin 2024-11-21
        "#]],
    );
}

#[test]
fn agreeing_to_meet_is_the_meeting() {
    check(
        "2025-05-23",
        "Metz. Renate Mühlhaupt und Élodie Marchetti vereinbarten, sich am kommenden Dienstag an der Grenze erneut zu treffen.",
        expect![[r#"
            time am kommenden Dienstag = 2025-05-27
            event meeting [Renate Mühlhaupt, Élodie Marchetti] @Metz 2025-05-27
        "#]],
    );
}

#[test]
fn where_he_meets_is_the_place_he_travels_on_to() {
    check(
        "2024-11-29",
        "Prenzlau. Minister Eirik Sandvold reiste am Donnerstagabend nach Kopenhagen weiter, wo er am heutigen Freitag mit seinem dänischen Amtskollegen Mads Thorhauge zusammentrifft.",
        expect![[r#"
            time am Donnerstagabend = 2024-11-28
            time Freitag = 2024-11-29
            event visit [Eirik Sandvold] @Kopenhagen 2024-11-28
            event meeting [Eirik Sandvold, Mads Thorhauge] @Kopenhagen 2024-11-29
        "#]],
    );
}

#[test]
fn on_the_margins_of_a_ceremony_is_the_day_of_the_signing() {
    check(
        "2025-05-15",
        "Maskat. Ministerin Henrike Brackelmann und Energieminister Salim al-Rawahi unterzeichneten am Mittwoch in Maskat ein Memorandum. Die Ministerin war am Dienstag angereist. Am Rande der Zeremonie unterzeichneten Mazin al-Kindi und Torben Ahlswede einen Vorvertrag.",
        expect![[r#"
            time am Mittwoch = 2025-05-14
            time am Dienstag = 2025-05-13
            event agreement [Henrike Brackelmann, Salim al-Rawahi] @Maskat 2025-05-14
            event agreement [Mazin al-Kindi, Torben Ahlswede] @Maskat 2025-05-14
        "#]],
    );
}

#[test]
fn a_state_in_a_relative_clause_does_not_make_the_sentence_past() {
    check(
        "2025-11-14",
        "Fulda. Am Samstag besucht Minister Rajan Iyer die Hochschule Fulda, an der derzeit 600 indische Studierende eingeschrieben sind. Dort will er mit Landrat Bernd Kübler zusammenkommen. Brandenburgs Ministerpräsident Gunnar Wilk ist am Mittwoch in Słubice mit dem Marschall Zbigniew Maciejak, dem Gastgeber, zusammengekommen.",
        expect![[r#"
            time Am Samstag = 2025-11-15
            time derzeit = null
            time am Mittwoch = 2025-11-12
            event visit [Rajan Iyer] @- 2025-11-15
            event meeting [Rajan Iyer, Bernd Kübler] @Fulda 2025-11-15
            event meeting [Gunnar Wilk, Zbigniew Maciejak] @Słubice 2025-11-12
        "#]],
    );
}

#[test]
fn the_eve_of_a_gathering_is_the_day_before_it() {
    check(
        "2025-09-28",
        "Husum. Die Delegierten des Landesparteitags in Husum wählten am Samstag Kerstin Boysen-Mahler an die Spitze der Partei. Ihr Gegenkandidat Momme Thordsen kam auf 20 Prozent. Boysen-Mahler folgt auf Volkert Ahrens. „Die Partei ist geschlossen“, sagte Ahrens.\n\nBoysen-Mahler hatte am Mittwoch mit Landrat Ove Petersen telefoniert. Am Vorabend des Parteitags hatte sich Boysen-Mahler in Husum mit dem Präsidenten des Bauernverbands, Hauke Jessen, getroffen.",
        expect![[r#"
            quote direct Volkert Ahrens (sagte): Die Partei ist geschlossen
            time am Samstag = 2025-09-27
            time am Mittwoch = 2025-09-24
            time Am Vorabend = 2025-09-23
            event meeting [Volkert Ahrens, Kerstin Boysen-Mahler, Hauke Jessen] @Husum 2025-09-27
            event call [Kerstin Boysen-Mahler, Ove Petersen] @- 2025-09-24
            event meeting [Kerstin Boysen-Mahler, Hauke Jessen] @Husum 2025-09-26
        "#]],
    );
}

#[test]
fn it_was_said_from_an_organisation_is_that_organisations() {
    check(
        "2025-03-14",
        "Berlin. Außenministerin Katrin Averbeck telefonierte mit Xie Mingyuan. Averbeck habe Xie aufgefordert, Einfluss zu nutzen, hieß es aus dem Auswärtigen Amt. Man sei zufrieden, hieß es in Regierungskreisen. „Die Gespräche waren gut“, hieß es beim Bundesamt für Verkehr.",
        expect![[r#"
            quote indirect Auswärtiges Amt (hieß): Averbeck habe Xie aufgefordert, Einfluss zu nutzen
            quote indirect - (hieß): Man sei zufrieden
            quote direct Bundesamt für Verkehr (hieß): Die Gespräche waren gut
            event call [Katrin Averbeck, Xie Mingyuan] @- -
        "#]],
    );
}

#[test]
fn a_call_that_follows_is_led_by_whoever_led_the_first() {
    check(
        "2025-03-14",
        "Berlin. Bundesaußenministerin Katrin Averbeck telefonierte am Dienstag mit dem japanischen Außenminister Hiroyuki Sakuragi. Der Japaner gilt als enger Vertrauter des Regierungschefs. Am Mittwoch folgte ein Telefonat mit dem chinesischen Außenminister Xie Mingyuan. Beide Minister vereinbarten, sich im März in Johannesburg zu treffen. Es wäre die erste Begegnung der beiden.",
        expect![[r#"
            time am Dienstag = 2025-03-11
            time Am Mittwoch = 2025-03-12
            time im März = 2025-03
            event call [Katrin Averbeck, Hiroyuki Sakuragi] @- 2025-03-11
            event call [Katrin Averbeck, Xie Mingyuan] @- 2025-03-12
            event meeting [Katrin Averbeck, Xie Mingyuan] @Johannesburg 2025-03
        "#]],
    );
}

#[test]
fn the_delegation_is_the_persons_the_article_says_belong_to_it() {
    check(
        "2025-05-23",
        "Tokio. Eine Delegation des Bundestages hält sich seit Montag in Japan auf. Angeführt wird die Gruppe von Henning Rautenstrauch. Zu ihr gehören die Abgeordnete Svenja Kolbeck und Timo Uhlenbrock. Am Donnerstag folgte ein Gespräch der Delegation mit Takumi Oshiro.",
        expect![[r#"
            time seit Montag = 2025-05-19
            time Am Donnerstag = 2025-05-22
            event meeting [Takumi Oshiro, Henning Rautenstrauch, Svenja Kolbeck, Timo Uhlenbrock] @Tokio 2025-05-22
        "#]],
    );
}

#[test]
fn talks_that_follow_with_each_of_several_and_with_her() {
    check(
        "2025-05-12",
        "Ankara. Der türkische Außenminister Levent Sarıkaya telefonierte am Sonntag mit seinem ägyptischen Amtskollegen Tarek el-Sayed. Es folgten Gespräche mit Algeriens Außenminister Lamine Benkhedda und mit dem russischen Vizeaußenminister Gennadi Worobjow. Am Abend sprach Sarıkaya mit der Sondergesandten der Vereinten Nationen, Ana Pereira. Zuletzt hatte Sarıkaya im Januar mit ihr in Genf beraten. Er werde nach Kairo reisen und dort mit dem Chef der Arabischen Liga, Omar Haddad, sprechen. In einem Brief hatte er Haddad um ein Treffen gebeten.",
        expect![[r#"
            quote indirect Levent Sarıkaya (-): Er werde nach Kairo reisen und dort mit dem Chef der Arabischen Liga, Omar Haddad, sprechen
            time am Sonntag = 2025-05-11
            time im Januar = 2025-01
            event call [Levent Sarıkaya, Tarek el-Sayed] @- 2025-05-11
            event meeting [Levent Sarıkaya, Lamine Benkhedda] @Ankara 2025-05-11
            event meeting [Levent Sarıkaya, Gennadi Worobjow] @Ankara 2025-05-11
            event meeting [Levent Sarıkaya, Ana Pereira] @Ankara 2025-05-11
            event meeting [Levent Sarıkaya, Ana Pereira] @Genf 2025-01
            event meeting [Levent Sarıkaya, Omar Haddad] @Kairo -
        "#]],
    );
}

#[test]
fn the_58_year_old_after_der_is_a_man_spoken_of() {
    check(
        "2023-11-10",
        "Wiesbaden. Landeschef Konstantin Wehrheim verhandelte mit den Grünen. Es gebe Fortschritte, sagte der 58-Jährige. „Aber beim Haushalt“, räumte der 58-Jährige ein, „liegen wir auseinander.“",
        expect![[r#"
            quote indirect Konstantin Wehrheim (sagte): Es gebe Fortschritte
            quote direct Konstantin Wehrheim (räumte): Aber beim Haushalt liegen wir auseinander.
        "#]],
    );
}

#[test]
fn a_role_declined_as_an_adjective_after_die_is_a_woman() {
    check(
        "2023-11-10",
        "Wiesbaden. Für die CDU verhandelte Generalsekretärin Friederike Haase-Willms, für die Grünen die Fraktionsvorsitzende Saskia Brömmelkamp. Laut Haase-Willms soll bis Donnerstag ein Papier vorliegen. Hessen könne sich einen Stau nicht leisten, hielt die Fraktionsvorsitzende der Grünen dagegen.",
        expect![[r#"
            quote indirect Friederike Haase-Willms (Laut): soll bis Donnerstag ein Papier vorliegen
            quote indirect Saskia Brömmelkamp (hielt): Hessen könne sich einen Stau nicht leisten
            time bis Donnerstag = 2023-11-16
        "#]],
    );
}

#[test]
fn commas_around_a_name_end_no_clause_and_a_range_just_past_is_this_years() {
    check(
        "2025-03-19",
        "Wien. Bereits am Montag war Außenminister Sardor Ismatullayev in Wien bei einem Arbeitsfrühstück mit dem Präsidenten der Wirtschaftskammer, Gerold Pichlmayr, zusammengetroffen. Die Konferenz vom 17. bis 19. März findet in Wien statt. Ägypten und Äthiopien streiten um das Wasser am Nil.",
        expect![[r#"
            time am Montag = 2025-03-17
            time vom 17. bis 19. März = 2025-03-17
            event meeting [Sardor Ismatullayev, Gerold Pichlmayr] @Wien 2025-03-17
        "#]],
    );
}

#[test]
fn welcoming_a_person_is_a_meeting_welcoming_plans_is_not() {
    check(
        "2025-06-04",
        "Berlin. Bereits am Montag hatte Bundespräsident Martin Ebersbach die chilenische Präsidentin Valentina Ossandón im Schloss Bellevue begrüßt. Das Wirtschaftsforum begrüßte die Pläne. Bei einem Arbeitsfrühstück in der Wirtschaftskammer hatte sie Firmenchefs getroffen.",
        expect![[r#"
            time am Montag = 2025-06-02
            event meeting [Martin Ebersbach, Valentina Ossandón] @Schloss Bellevue 2025-06-02
            event meeting [Valentina Ossandón] @Berlin 2025-06-02
        "#]],
    );
}

#[test]
fn a_subject_right_after_the_verb_and_office_is_the_one_he_refers_to() {
    check(
        "2025-05-29",
        "Wien. Der Generalsekretär der OPEC, Ibrahim Al-Dosari, sprach von einem Signal. Am Rande der Konferenz führte Wirtschafts- und Energieminister Leopold Wurzinger mehrere Gespräche. Bereits am Dienstagabend traf er Haidar al-Kubaisi zu einem Abendessen.",
        expect![[r#"
            time am Dienstagabend = 2025-05-27
            event meeting [Leopold Wurzinger] @Wien -
            event meeting [Leopold Wurzinger, Haidar al-Kubaisi] @Wien 2025-05-27
        "#]],
    );
}

#[test]
fn the_governors_are_those_who_attend_the_conference() {
    check(
        "2025-11-14",
        "Zell am See. Die Landeshauptleutekonferenz hat am Donnerstag in Zell am See mehr Geld für die Pflege gefordert. „Wir sind nicht als Bittsteller hier“, sagte Landeshauptmann Anton Rettenbacher. Landeshauptfrau Brigitte Haidinger unterstützte ihn. „Die Spitäler brauchen Geld“, sagte Landeshauptmann Florian Gstrein. Im Anschluss an die Sitzung trafen die Länderchefs gestern Finanzministerin Sonja Pöchhacker zu einem Arbeitsgespräch.",
        expect![[r#"
            quote direct Anton Rettenbacher (sagte): Wir sind nicht als Bittsteller hier
            quote direct Florian Gstrein (sagte): Die Spitäler brauchen Geld
            time am Donnerstag = 2025-11-13
            time gestern = 2025-11-13
            event meeting [Sonja Pöchhacker, Anton Rettenbacher, Florian Gstrein] @- 2025-11-13
        "#]],
    );
}

#[test]
fn a_source_named_through_its_document_or_figures() {
    check(
        "2025-05-29",
        "Wien. Die OPEC tagte. Laut einem Kommuniqué der OPEC verpflichteten sich der Irak und Gabun, die Produktion zu senken. Nach Berechnungen der Wirtschaftskammer steigen die Exporte.",
        expect![[r#"
            quote indirect OPEC (Laut): verpflichteten sich der Irak und Gabun, die Produktion zu senken
            quote indirect Wirtschaftskammer Österreich (Nach): steigen die Exporte
            event meeting [OPEC] @Wien -
        "#]],
    );
}

#[test]
fn two_who_had_negotiated_met_and_a_delegation_member_joins() {
    check(
        "2024-11-06",
        "Koblenz. Der Bezirksleiter der IG Metall, Karsten Mohrbach, und Personalvorständin Ines Falkenroth hatten am Dienstag in Koblenz neun Stunden lang verhandelt. Zur Delegation der Gewerkschaft gehörte auch die Betriebsratsvorsitzende Petra Kessler.",
        expect![[r#"
            time am Dienstag = 2024-11-05
            event meeting [Karsten Mohrbach, Ines Falkenroth, Petra Kessler] @Koblenz 2024-11-05
        "#]],
    );
}

#[test]
fn what_a_meeting_is_for_is_no_meeting_of_its_own() {
    check(
        "2025-02-20",
        "Wien. Verkehrsminister Florian Gstrein äußerte sich. Am 12. März treffen einander die Verkehrsminister beider Länder, Elisabeth Raffelsberger und Lorenzo Cattaneo, in Bozen, um über das Buchungssystem zu beraten.",
        expect![[r#"
            time Am 12. März = 2025-03-12
            event meeting [Elisabeth Raffelsberger, Lorenzo Cattaneo] @Bozen 2025-03-12
        "#]],
    );
}

#[test]
fn a_long_source_with_its_short_form_before_zufolge() {
    check(
        "2025-03-13",
        "Dijon. Dem Verband Mittelständischer Zulieferer (VMZ) zufolge liefern Firmen Waren nach Frankreich.",
        expect![[r#"
            quote indirect Verband Mittelständischer Zulieferer (zufolge): liefern Firmen Waren nach Frankreich
        "#]],
    );
}

#[test]
fn the_place_visited_is_no_party_to_the_visit() {
    check(
        "2024-11-19",
        "Dresden. China und Sachsen wollen enger zusammenarbeiten. Chinas Vizepremier besuchte am Montag Sachsen.",
        expect![[r#"
            time am Montag = 2024-11-18
        "#]],
    );
}

#[test]
fn a_gathering_told_as_lasting_from_one_day_to_another_takes_its_first_day() {
    check(
        "2024-10-17",
        "Lyon. Am Rande eines Gipfels der Frankophonie haben sich die Außenminister Frankreichs und Senegals getroffen. Pascale Rivoire und Aminata Sarr sprachen am Mittwoch über Visa. „Wir kommen voran“, sagte Rivoire. Sarr sagte, man sei einig. Auch Kanadas Minister Luc Tremblay äußerte sich. Gastgeber des Gipfels, der vom 14. bis 16. Oktober dauert, ist Frankreich.",
        expect![[r#"
            quote direct Pascale Rivoire (sagte): Wir kommen voran
            quote indirect Aminata Sarr (sagte): man sei einig
            time am Mittwoch = 2024-10-16
            time vom 14. bis 16. Oktober = 2024-10-14
            event meeting [Pascale Rivoire, Aminata Sarr, Luc Tremblay] @Lyon 2024-10-14
            event meeting [Frankreich, Senegal] @Lyon 2024-10-14
        "#]],
    );
}

#[test]
fn a_talk_on_the_telephone_with_a_person_named_after_two_roles_is_a_call() {
    check(
        "2025-09-23",
        "Wien. Generalsekretärin Anna Lindqvist hatte am Sonntag am Telefon mit dem amtierenden OSZE-Vorsitzenden, dem maltesischen Außenminister Joseph Camilleri, über die Vorschläge gesprochen. Am Montag sprach sie mit dem Botschafter, dem Gast aus Rom, über Visa.",
        expect![[r#"
            time am Sonntag = 2025-09-21
            time Am Montag = 2025-09-22
            event call [Anna Lindqvist, Joseph Camilleri] @- 2025-09-21
        "#]],
    );
}

#[test]
fn a_gathering_that_ended_today_began_on_the_day_since_which_it_met() {
    check(
        "2025-09-23",
        "Potsdam. Am heutigen Dienstag ist in Potsdam eine Konferenz zur Sicherheit der Ostsee zu Ende gegangen. Rund 200 Fachleute hatten seit Montag beraten. Zu den Teilnehmern gehörten Generalsekretärin Anna Lindqvist, Staatsministerin Wiebke Hollbach und Vizeministerin Olha Marchenko. Am Sonntag hatte Lindqvist in Wien mit Hollbach telefoniert.\n\nBei einem Arbeitsfrühstück mit Marchenko am Rande der Konferenz hatte Hollbach am Montag über Winterhilfe gesprochen. „Wir bleiben wachsam“, sagte Lindqvist.",
        expect![[r#"
            quote direct Anna Lindqvist (sagte): Wir bleiben wachsam
            time Dienstag = 2025-09-23
            time seit Montag = 2025-09-22
            time Am Sonntag = 2025-09-21
            time am Montag = 2025-09-22
            event meeting [Wiebke Hollbach, Olha Marchenko, Anna Lindqvist] @Potsdam 2025-09-22
            event call [Anna Lindqvist, Wiebke Hollbach] @- 2025-09-21
            event meeting [Olha Marchenko, Wiebke Hollbach] @Potsdam 2025-09-22
        "#]],
    );
}

#[test]
fn his_guest_is_the_one_he_met_whom_the_article_names_most() {
    check(
        "2025-04-17",
        "Görlitz. Ministerpräsident Gunnar Wendler ist am Mittwoch in Zgorzelec mit dem Marschall Zbigniew Maciak zusammengekommen. Maciak sprach von einem guten Tag. „Wir bauen Brücken“, sagte Maciak. Anfang des Monats hatte Wendler mit Minister Tadeusz Wrobel gesprochen. „Wir reden seit Jahren“, sagte Kammerchefin Doris Pann.\n\nZum Abschluss lud Wendler seinen Gast zu einem Gegenbesuch ein. Die beiden Politiker wollen sich am 5. Juni in Dresden erneut treffen.",
        expect![[r#"
            quote direct Zbigniew Maciak (sagte): Wir bauen Brücken
            quote direct Doris Pann (sagte): Wir reden seit Jahren
            time am Mittwoch = 2025-04-16
            time Anfang des Monats = 2025-04
            time seit Jahren = null
            time am 5. Juni = 2025-06-05
            event meeting [Gunnar Wendler, Zbigniew Maciak] @Zgorzelec 2025-04-16
            event meeting [Gunnar Wendler, Tadeusz Wrobel] @- 2025-04
            event invitation [Gunnar Wendler, Zbigniew Maciak] @- -
            event meeting [Gunnar Wendler, Zbigniew Maciak] @Dresden 2025-06-05
        "#]],
    );
}

#[test]
fn a_past_verb_of_an_er_stem_is_past_and_what_it_demands_lies_ahead() {
    check(
        "2025-06-06",
        "Brüssel. Generalsekretär Joost Harder forderte die Staaten am Donnerstag auf, ihre Bestände aufzustocken. Die Ministerin äußerte sich am Mittwoch. Der Sprecher forderte, die Straße schon im Frühjahr zu sperren.",
        expect![[r#"
            time am Donnerstag = 2025-06-05
            time am Mittwoch = 2025-06-04
            time im Frühjahr = 2026-SP
        "#]],
    );
}

#[test]
fn a_womans_office_no_one_named_holds_is_the_woman_spoken_of_last() {
    check(
        "2025-02-14",
        "Doha. Energieministerin Sibylle Tschopp traf am Montag den Minister Saeed Al Qubaisi. Katar liefert Flüssiggas. Die Schweiz bezieht es über Terminals in Italien. Gestern besichtigte die Bundesrätin in Doha eine Baustelle. Man habe keine Verträge unterschrieben, betonte die Bundesrätin am Mittwoch. Dass die Bundesrätin Gas aus Katar beschaffen will, stößt beim Verband auf Kritik. Von einer Abhängigkeit wie beim russischen Gas kann keine Rede sein.",
        expect![[r#"
            quote indirect Sibylle Tschopp (betonte): Man habe keine Verträge unterschrieben
            time am Montag = 2025-02-10
            time Gestern = 2025-02-13
            time am Mittwoch = 2025-02-12
            event meeting [Sibylle Tschopp, Saeed Al Qubaisi] @Doha 2025-02-10
        "#]],
    );
}

#[test]
fn wishes_meetings_that_did_not_come_about_and_unsigned_contracts_are_no_events() {
    check(
        "2025-02-14",
        "Bern. Tschopp würde Al Sulaiti gerne im Sommer in Bern empfangen. Ein Gespräch mit dem türkischen Minister Kemal Aydın kam dagegen nicht zustande. Ein Treffen mit Ministerin Anna Lüthi ist nicht vorgesehen. Man habe keine Verträge unterschrieben, sagte Sibylle Tschopp.",
        expect![[r#"
            quote indirect Sibylle Tschopp (sagte): Man habe keine Verträge unterschrieben
            time im Sommer = 2025-SU
        "#]],
    );
}

#[test]
fn a_season_of_two_years_a_month_of_last_year_and_a_vague_time_beside_a_summit() {
    check(
        "2025-02",
        "Abu Dhabi. Energieministerin Sibylle Tschopp traf am Montag den Energieminister Saeed Al Qubaisi. Man rechne mit Lieferungen im Winter 2026/27, sagte sie. Im vergangenen Herbst hatten sich Tschopp und Al Qubaisi am Rande der Weltklimakonferenz in Baku getroffen. Tschopp und Präsident Andrés Valdivieso waren sich zuletzt im November vergangenen Jahres am Rande des Gipfels der G20 in Rio de Janeiro begegnet.",
        expect![[r#"
            quote indirect Sibylle Tschopp (sagte): Man rechne mit Lieferungen im Winter 2026/27
            time am Montag = 2025-02
            time im Winter 2026/27 = 2026-WI
            time Im vergangenen Herbst = 2024-FA
            time im November vergangenen Jahres = 2024-11
            event meeting [Sibylle Tschopp, Saeed Al Qubaisi] @Abu Dhabi 2025-02
            event meeting [Sibylle Tschopp, Saeed Al Qubaisi] @Baku -
            event meeting [Sibylle Tschopp, Andrés Valdivieso] @Rio de Janeiro 2024-11
        "#]],
    );
}

#[test]
fn the_head_of_a_department_speaks_and_one_more_took_part_in_the_talks() {
    check(
        "2025-06-04",
        "Bern. Bundesrätin Mirjam Oberholzer hat am Dienstag den indischen Aussenminister Vikram Sethu in Bern empfangen. Im Zentrum des Arbeitsgesprächs stand ein Abkommen über Migration. An der Unterredung nahm auch Staatssekretär Reto Gasser teil. Die beiden Minister unterzeichneten eine Absichtserklärung.\n\n«Wir sind einem Abschluss nahe», sagte die Vorsteherin des Eidgenössischen Departements für auswärtige Angelegenheiten (EDA) nach dem Treffen.",
        expect![[r#"
            quote direct Mirjam Oberholzer (sagte): Wir sind einem Abschluss nahe
            time am Dienstag = 2025-06-03
            event meeting [Mirjam Oberholzer, Vikram Sethu, Reto Gasser] @Bern 2025-06-03
        "#]],
    );
}

#[test]
fn a_call_after_the_meeting_and_a_talk_the_day_before_the_conference() {
    check(
        "2025-09-12",
        "Alpenländer einigen sich in Andermatt\n\nAndermatt. Bundesrat Pascal Rochat empfing heute die Minister Jörg Wendland, Theresa Pichl und Gianluca Ferra zu einem Treffen. Dubreuil hatte ihre Teilnahme am Mittwoch abgesagt.\n\nBereits am Vortag war Rochat am Rande der Konferenz mit Ferra zu einem bilateralen Gespräch zusammengekommen.\n\nMit Wendland, der die Konferenz in Berlin vorzeitig verlassen musste, telefonierte Rochat im Anschluss an das Treffen. Die beiden berieten über die Bahnstrecke.",
        expect![[r#"
            time heute = 2025-09-12
            time am Mittwoch = 2025-09-10
            time am Vortag = 2025-09-09
            event meeting [Pascal Rochat, Jörg Wendland, Theresa Pichl, Gianluca Ferra] @Andermatt 2025-09-12
            event meeting [Pascal Rochat, Gianluca Ferra] @Andermatt 2025-09-11
            event call [Jörg Wendland, Pascal Rochat] @- 2025-09-12
        "#]],
    );
}

#[test]
fn a_second_split_quote_with_its_own_cue_and_an_agreement_of_an_undated_meeting() {
    check(
        "",
        "Kyoto. Die EFTA und Vietnam hatten die Verhandlungen im Mai 2012 aufgenommen. Am Samstag kam Bundespräsident Matthias Wyrsch mit dem japanischen Premierminister Kenta Ishikura zusammen. Die beiden vereinbarten, die Gespräche zu beschleunigen. «Die Schweiz und Japan teilen mehr als nur die Liebe zu Uhren», sagte Ishikura. «Wir teilen», fuhr der Regierungschef fort, «den Glauben an offene Märkte.»",
        expect![[r#"
            quote direct Kenta Ishikura (sagte): Die Schweiz und Japan teilen mehr als nur die Liebe zu Uhren
            quote direct Kenta Ishikura (fuhr): Wir teilen den Glauben an offene Märkte.
            time im Mai 2012 = 2012-05
            time Am Samstag = null
            event meeting [Matthias Wyrsch, Kenta Ishikura] @Kyoto -
        "#]],
    );
}

#[test]
fn a_report_inside_the_words_of_another_is_part_of_them_unless_itself_reported() {
    check(
        "2025-09-23",
        "Basel. Erfahrungen mit anderen Übernahmen zeigten, dass Versprechen oft nichts mehr wert seien, teilte die Unia mit. Aussenminister Matthias Ruchti telefonierte am Montag mit Kiew. Ruchti habe seinem Amtskollegen versichert, dass die Schweiz ihre Hilfe fortsetzen werde, sagte Sprecherin Nadia Bertschi.",
        expect![[r#"
            quote indirect Unia (teilte): Erfahrungen mit anderen Übernahmen zeigten, dass Versprechen oft nichts mehr wert seien
            quote indirect Nadia Bertschi (sagte): Ruchti habe seinem Amtskollegen versichert, dass die Schweiz ihre Hilfe fortsetzen werde
            quote indirect Matthias Ruchti (versichert): die Schweiz ihre Hilfe fortsetzen werde
            time am Montag = 2025-09-22
            event call [Matthias Ruchti] @- 2025-09-22
        "#]],
    );
}

#[test]
fn the_subject_of_an_inverted_cue_is_the_one_a_pronoun_after_it_refers_to() {
    check(
        "2025-11-20",
        "Kassel. Vor seiner Rede war Søren Dalsgaard am Sonntagmorgen mit Jonas Ebersbach zu einem ersten Gespräch zusammengekommen. Man wolle enger zusammenarbeiten, etwa bei der Vorbereitung der nächsten Europawahl, sagte Ebersbach anschließend. Am 4. Dezember ist er zu Gast bei Dalsgaard in Kopenhagen.",
        expect![[r#"
            quote indirect Jonas Ebersbach (sagte): Man wolle enger zusammenarbeiten, etwa bei der Vorbereitung der nächsten Europawahl
            time am Sonntagmorgen = 2025-11-16
            time Am 4. Dezember = 2025-12-04
            event meeting [Søren Dalsgaard, Jonas Ebersbach] @Kassel 2025-11-16
            event meeting [Jonas Ebersbach, Søren Dalsgaard] @Kopenhagen 2025-12-04
        "#]],
    );
}

#[test]
fn the_alliance_a_federal_ministry_without_article_and_a_source_after_an_adverb() {
    check(
        "2025-06-06",
        "Brüssel. Die Verteidigungsminister der Nato haben in Brüssel beraten. Nach Angaben des Bündnisses fehlen Einheiten. Die Minister hätten sich verständigt, teilte das Bündnis mit. Generalsekretär Joost van Harderwijk forderte mehr Flugabwehr. Van Harderwijk zufolge klafft eine Lücke. Laut Bundesverteidigungsministerium hat die Bundeswehr bestellt. Kanada werde sich beteiligen, hieß es anschließend aus dem Ministerium in Berlin.",
        expect![[r#"
            quote indirect NATO (Nach): fehlen Einheiten
            quote indirect NATO (teilte): Die Minister hätten sich verständigt
            quote indirect Joost van Harderwijk (zufolge): klafft eine Lücke
            quote indirect Bundesverteidigungsministerium (Laut): hat die Bundeswehr bestellt
            quote indirect Bundesverteidigungsministerium (hieß): Kanada werde sich beteiligen
            event meeting [NATO] @Brüssel -
        "#]],
    );
}

#[test]
fn a_meeting_there_is_with_those_who_travel_there() {
    check(
        "2025-09-08",
        "Wien. Kamalvand war am Vortag mit Generaldirektor Mateo Carvajal zusammengekommen. Der Botschafter Reza Kamalvand sprach von Fortschritten. Carvajal kündigte an, er werde Ende September gemeinsam mit seiner Stellvertreterin Anna Lindholm nach Teheran reisen. Dort sei ein Treffen mit dem Leiter der Atomenergieorganisation, Behrouz Tavakoli, vereinbart.",
        expect![[r#"
            quote indirect Mateo Carvajal (kündigte): er werde Ende September gemeinsam mit seiner Stellvertreterin Anna Lindholm nach Teheran reisen
            quote indirect Mateo Carvajal (-): Dort sei ein Treffen mit dem Leiter der Atomenergieorganisation, Behrouz Tavakoli, vereinbart
            time am Vortag = 2025-09-07
            time Ende September = 2025-09
            event meeting [Reza Kamalvand, Mateo Carvajal] @Wien 2025-09-07
            event meeting [Mateo Carvajal, Anna Lindholm, Behrouz Tavakoli] @Teheran 2025-09
        "#]],
    );
}

#[test]
fn a_konjunktiv_before_dass_makes_the_whole_sentence_reported() {
    check(
        "2025-09-08",
        "Wien. Carvajal betonte, dass seine Behörde keine Beweise für ein Waffenprogramm habe. Sie könne aber auch nicht mehr garantieren, dass es keines gebe. Man sei sich einig, dass die Kontrollen weitergehen müssten, sagte Generaldirektor Mateo Carvajal.",
        expect![[r#"
            quote indirect Mateo Carvajal (betonte): seine Behörde keine Beweise für ein Waffenprogramm habe
            quote indirect Mateo Carvajal (-): Sie könne aber auch nicht mehr garantieren, dass es keines gebe
            quote indirect Mateo Carvajal (sagte): Man sei sich einig, dass die Kontrollen weitergehen müssten
        "#]],
    );
}

#[test]
fn a_quoted_fragment_after_a_cue_and_comma_marks_reported_words_and_a_host_greets_his_guest() {
    check(
        "2025-05-20",
        "Berlin. Der chilenische Präsident Andrés Valdivieso ist am Montag in Berlin empfangen worden. Bundespräsident Matthias Grünberger begrüßte seinen Gast vor seinem Amtssitz. Grünberger würdigte Chile als „Partner, auf den man sich verlassen kann“. Kanzlerin Annette Rohrbach sagte nach dem Gespräch, beide Länder wollten eine Partnerschaft „auf Augenhöhe“.",
        expect![[r#"
            quote direct Matthias Grünberger (würdigte): Partner, auf den man sich verlassen kann
            quote mixed Annette Rohrbach (sagte): beide Länder wollten eine Partnerschaft „auf Augenhöhe“
            time am Montag = 2025-05-19
            event meeting [Andrés Valdivieso] @Berlin 2025-05-19
            event meeting [Matthias Grünberger, Andrés Valdivieso] @Berlin 2025-05-19
        "#]],
    );
}

#[test]
fn a_spokesperson_of_a_kind_of_body_and_a_union_speaking_before_its_cue() {
    check(
        "2025-03-12",
        "Hanau. Die Übernahme muss noch vom Bundeswirtschaftsministerium geprüft werden. Nach Angaben eines Ministeriumssprechers läuft die Prüfung bereits. Erfahrungen mit anderen Übernahmen zeigten, dass Zusagen oft nichts wert seien, hieß es bei der IG Metall in Hanau.",
        expect![[r#"
            quote indirect Bundeswirtschaftsministerium (Nach): läuft die Prüfung bereits
            quote indirect IG Metall (hieß): Erfahrungen mit anderen Übernahmen zeigten, dass Zusagen oft nichts wert seien
        "#]],
    );
}

#[test]
fn more_konjunktiv_ii_forms_and_an_open_question_is_no_meeting() {
    check(
        "2025-09-10",
        "Berlin. Außenministerin Clara Steinhövel sagte nach dem Telefonat, Deutschland und Japan säßen im selben Boot. Viele Firmen fänden kaum noch Ingenieure, sagte Kammerchefin Theresia Ampferl. Ob der Japaner Kenji Nakahara auch mit Bundeskanzler Reinhard Olberg zusammentrifft, ist noch offen.",
        expect![[r#"
            quote indirect Clara Steinhövel (sagte): Deutschland und Japan säßen im selben Boot
            quote indirect Theresia Ampferl (sagte): Viele Firmen fänden kaum noch Ingenieure
        "#]],
    );
}

#[test]
fn a_since_date_before_is_no_day_of_an_event() {
    check(
        "2025-02-12",
        "Wien. Bundeskanzler Matthias Hochreiner hat in Telefonaten über Gas beraten. Seit dem 1. Jänner 2025 fließt kein russisches Gas mehr durch die Ukraine. Zuvor hatte Hochreiner mit dem slowakischen Regierungschef Miroslav Kováčik telefoniert.",
        expect![[r#"
            time Seit dem 1. Jänner 2025 = 2025-01-01
            event meeting [Matthias Hochreiner] @Wien -
            event call [Matthias Hochreiner, Miroslav Kováčik] @- -
        "#]],
    );
}

#[test]
fn a_long_role_before_a_name_in_brackets_and_a_pluperfect_call_told_again() {
    check(
        "2025-09-11",
        "Wien. Zwei Tage lang hat der Generaldirektor der Internationalen Atomenergiebehörde (IAEA), Tomás Echeverría, in Wien verhandelt. Der Gouverneursrat setzt seine Beratungen heute fort.\n\nVorbereitet hatte der Generaldirektor die Wiener Runde in einem Telefonat mit dem iranischen Außenminister Dariush Mansouri. Die beiden hatten bereits am vergangenen Freitag miteinander gesprochen.",
        expect![[r#"
            time heute = 2025-09-11
            time am vergangenen Freitag = 2025-09-05
            event call [Tomás Echeverría, Dariush Mansouri] @- 2025-09-05
        "#]],
    );
}

#[test]
fn talks_with_a_delegation_dated_by_the_sentence_after() {
    check(
        "2025-09-11",
        "Wien. Zwei Tage lang hat der Generaldirektor der IAEA, Tomás Echeverría, in Wien mit einer iranischen Delegation verhandelt. Die Gespräche begannen am Montag und endeten am Dienstagabend. Geleitet wurde die Delegation aus Teheran von Vizeaußenminister Kamran Sadeghi-Far.",
        expect![[r#"
            time am Montag = 2025-09-08
            time am Dienstagabend = 2025-09-09
            event meeting [Tomás Echeverría, Kamran Sadeghi-Far] @Wien 2025-09-08
        "#]],
    );
}

#[test]
fn a_call_dated_by_the_sentence_after() {
    check(
        "2025-06-20",
        "Die niederländische Premierministerin Anouk Verbeek hat mit dem kanadischen Regierungschef Colin Mercier telefoniert. Das fast einstündige Gespräch habe am Mittwoch stattgefunden, teilte ihr Büro am Donnerstag mit. Das nächste Treffen soll am 4. Juli stattfinden. Die Lage bleibe ernst, sagte ihr Sprecher.",
        expect![[r#"
            quote indirect Anouk Verbeek (teilte): Das fast einstündige Gespräch habe am Mittwoch stattgefunden
            quote indirect Anouk Verbeek (sagte): Die Lage bleibe ernst
            time am Mittwoch = 2025-06-18
            time am Donnerstag = 2025-06-19
            time am 4. Juli = 2025-07-04
            event call [Anouk Verbeek, Colin Mercier] @- 2025-06-18
        "#]],
    );
}

#[test]
fn a_guest_at_someones_house_and_the_guests_of_a_banquet() {
    check(
        "2024-06-12",
        "Wien. Bundespräsidentin Elfriede Moosbrugger hat den indischen Präsidenten Vikram Sethuraman am Montag empfangen. Am Dienstag war der Präsident dann bei Bundeskanzler Andreas Thalhammer im Bundeskanzleramt zu Gast. Am Dienstagabend gab Moosbrugger zu Ehren ihres Gastes ein Staatsbankett. Unter den rund 150 Geladenen waren auch Thalhammer und Wirtschaftsminister Gernot Zirngast.",
        expect![[r#"
            time am Montag = 2024-06-10
            time Am Dienstag = 2024-06-11
            time Am Dienstagabend = 2024-06-11
            event meeting [Elfriede Moosbrugger, Vikram Sethuraman] @Wien 2024-06-10
            event meeting [Vikram Sethuraman, Andreas Thalhammer] @Wien 2024-06-11
            event meeting [Elfriede Moosbrugger, Vikram Sethuraman, Andreas Thalhammer, Gernot Zirngast] @Wien 2024-06-11
        "#]],
    );
}

#[test]
fn those_who_took_part_in_talks_with_unnamed_leaders_are_its_parties() {
    check(
        "2025-11-21",
        "Wien. In Wien beriet am Donnerstag Bundeskanzler Stefan Rainalter im Bundeskanzleramt mit den Spitzen der Sozialpartner über die Lage der Industrie. An dem Treffen nahmen Ulrike Pernsteiner für die Wirtschaftskammer, Dževad Hodžić für die Arbeiterkammer und Sonja Leitner für den Gewerkschaftsbund teil.",
        expect![[r#"
            time am Donnerstag = 2025-11-20
            event meeting [Stefan Rainalter, Ulrike Pernsteiner, Dževad Hodžić, Sonja Leitner] @Wien 2025-11-20
        "#]],
    );
}

#[test]
fn a_part_of_the_day_is_of_the_day_told_not_of_a_pluperfect_background() {
    check(
        "2026-03-18",
        "Berlin. Der französische Präsident Émile Garnier-Duval ist gestern in Berlin empfangen worden. Bundespräsidentin Dorothea Reinwald begrüßte ihren Gast vor Schloss Bellevue.\n\nAm Donnerstag vergangener Woche hatten Bundeskanzler Konrad Seidlitz und Garnier-Duval miteinander telefoniert.\n\nIm Kanzleramt kam der Gast am Nachmittag mit Seidlitz zusammen. Parallel berieten die Außenminister Claire Dubreuil und Fabian Kortmann im Auswärtigen Amt.",
        expect![[r#"
            time gestern = 2026-03-17
            time Am Donnerstag vergangener Woche = 2026-03-12
            event meeting [Émile Garnier-Duval] @Berlin 2026-03-17
            event meeting [Dorothea Reinwald, Émile Garnier-Duval] @- 2026-03-17
            event call [Konrad Seidlitz, Émile Garnier-Duval] @- 2026-03-12
            event meeting [Émile Garnier-Duval, Konrad Seidlitz] @Berlin 2026-03-17
            event meeting [Claire Dubreuil, Fabian Kortmann] @Berlin 2026-03-17
        "#]],
    );
}

#[test]
fn a_season_in_a_main_clause_after_a_semicolon_does_not_undate_the_talks() {
    check(
        "2026-03-18",
        "Berlin. Der französische Präsident Émile Garnier-Duval ist gestern in Berlin empfangen worden. Bundespräsidentin Dorothea Reinwald begrüßte ihren Gast vor Schloss Bellevue.\n\nIm Kanzleramt kam der Gast am Nachmittag mit Bundeskanzler Konrad Seidlitz zusammen. Parallel berieten die Außenminister Claire Dubreuil und Fabian Kortmann im Auswärtigen Amt; ein Abkommen wird bis zum Herbst erwartet.",
        expect![[r#"
            time gestern = 2026-03-17
            time zum Herbst = 2026-FA
            event meeting [Émile Garnier-Duval] @Berlin 2026-03-17
            event meeting [Dorothea Reinwald, Émile Garnier-Duval] @- 2026-03-17
            event meeting [Émile Garnier-Duval, Konrad Seidlitz] @Berlin 2026-03-17
            event meeting [Claire Dubreuil, Fabian Kortmann] @Berlin 2026-03-17
        "#]],
    );
}

#[test]
fn a_day_after_what_was_signed_dates_the_talks_where_it_was_signed() {
    check(
        "2026-02-12",
        "Passau. Der Landmaschinenbauer Feldtreu und der japanische Motorenhersteller Kaminoya wollen gemeinsam Traktoren bauen. Die Absichtserklärung über ein Gemeinschaftsunternehmen wurde gestern in Osaka unterzeichnet, wo Feldtreu-Chefin Irmgard Leitner mit Kaminoya-Präsident Satoshi Hirano zur letzten Verhandlungsrunde zusammengekommen war.",
        expect![[r#"
            time gestern = 2026-02-11
            event meeting [Irmgard Leitner, Satoshi Hirano] @Osaka 2026-02-11
        "#]],
    );
}

#[test]
fn a_body_that_met_in_a_relative_clause_is_not_the_pair_named_before_it() {
    check(
        "2025-03-06",
        "Oslo. Am Mittwoch empfing Außenministerin Ingrid Solbakken ihren ghanaischen Amtskollegen Kwame Asante-Boateng. Die beiden hatten sich bereits im Oktober in Accra getroffen. Damals vereinbarten sie eine Arbeitsgruppe, die seither zweimal in Bergen getagt hat.",
        expect![[r#"
            time Am Mittwoch = 2025-03-05
            time im Oktober = 2024-10
            event meeting [Ingrid Solbakken, Kwame Asante-Boateng] @Oslo 2025-03-05
            event meeting [Ingrid Solbakken, Kwame Asante-Boateng] @Accra 2024-10
        "#]],
    );
}

#[test]
fn the_eve_of_a_reception_counts_from_the_reception_not_from_a_call_in_between() {
    check(
        "2025-03-14",
        "Sarnen. Landammann Beat Imfeld empfing die Delegation aus Chile gestern in Sarnen. Zur Vorbereitung hatte Imfeld am Montag mit der Botschafterin Ana Lucía Fuentes telefoniert.\n\nAm Vortag des Obwaldner Empfangs war die Delegation in Bern. Dort kam Vizeminister Tomás Aravena mit Staatssekretärin Helene Brunner-Aebi zusammen.",
        expect![[r#"
            time gestern = 2025-03-13
            time am Montag = 2025-03-10
            time Am Vortag = 2025-03-12
            event meeting [Beat Imfeld] @- 2025-03-13
            event call [Beat Imfeld, Ana Lucía Fuentes] @- 2025-03-10
            event meeting [Tomás Aravena, Helene Brunner-Aebi] @Bern 2025-03-12
        "#]],
    );
}

#[test]
fn a_pronoun_after_a_past_verb_that_follows_a_long_opening_phrase() {
    check(
        "2025-03-19",
        "Wattwil. Gewerkschafterin Nadja Eugster und Werkleiter Roman Bleiker sassen am Dienstag zusammen. Die Gewerkschaft verlangt, dass Verwaltungsratspräsident Arvind Kulkarni nach Wattwil kommt.\n\nKulkarni selbst hält sich im Hintergrund. Nach Angaben der Thurmatic AG telefonierte er am Montag mit Bleiker.",
        expect![[r#"
            quote indirect Thurmatic AG (Nach): telefonierte er am Montag mit Bleiker
            time am Dienstag = 2025-03-18
            time am Montag = 2025-03-17
            event meeting [Nadja Eugster, Roman Bleiker] @- 2025-03-18
            event call [Arvind Kulkarni, Roman Bleiker] @- 2025-03-17
        "#]],
    );
}

#[test]
fn talks_named_again_after_nach_der_sitzung_are_no_gathering_and_a_name_that_is_a_noun_is_no_wish() {
    check(
        "2025-09-26",
        "Zittau. Gewerkschafterin Heike Schuster und Geschäftsführer Daniel Wünsche verhandelten am Donnerstag in Zittau.\n\n»Wir sind nicht am Ziel«, sagte Schuster nach der Sitzung. Werkleiterin Leila Mansour sagte, man bleibe gesprächsbereit.\n\nSachsens Wirtschaftsminister Matthias Grundmann empfing Wünsche und Schuster am Montag in Dresden.",
        expect![[r#"
            quote direct Heike Schuster (sagte): Wir sind nicht am Ziel
            quote indirect Leila Mansour (sagte): man bleibe gesprächsbereit
            time am Donnerstag = 2025-09-25
            time am Montag = 2025-09-22
            event meeting [Heike Schuster, Daniel Wünsche] @Zittau 2025-09-25
            event meeting [Matthias Grundmann, Daniel Wünsche, Heike Schuster] @Dresden 2025-09-22
        "#]],
    );
}

#[test]
fn an_undated_article_counts_no_day_from_a_meeting_told_as_earlier_nor_from_a_day_announced() {
    check(
        "",
        "Langlauf: Erzgebirge und Tschechien werben um die WM\n\nLandrat Steffen Pätzold empfing Verbandspräsidentin Sigrid Halvorsen am Dienstag in Annaberg. Präsident Tomáš Beneš und Holger Rietschel hatten sich bereits im Januar in Prag getroffen. Am Abend kamen die beiden mit Halvorsen in Oberwiesenthal zu einem Arbeitsessen zusammen.\n\nDer Weltverband will am 14. Juni in Tampere entscheiden. Tags darauf beriet Halvorsen in Liberec mit Hauptmann Petr Navrátil.",
        expect![[r#"
            time am Dienstag = null
            time im Januar = XXXX-01
            time am 14. Juni = XXXX-06-14
            time Tags darauf = null
            event meeting [Steffen Pätzold, Sigrid Halvorsen] @Annaberg -
            event meeting [Tomáš Beneš, Holger Rietschel] @Prag XXXX-01
            event meeting [Sigrid Halvorsen, Tomáš Beneš, Holger Rietschel] @Oberwiesenthal -
            event meeting [Sigrid Halvorsen, Petr Navrátil] @Liberec -
        "#]],
    );
}

#[test]
fn an_afternoon_trip_and_a_dinner_after_go_on_from_the_day_told() {
    check(
        "2026-01-22",
        "Accra. Entwicklungsministerin Katharina Steinwendtner kam gestern in Accra mit Außenministerin Abena Owusu-Mensah zusammen. Beim anschließenden Arbeitsessen saßen die beiden mit Handelsminister Kofi Asamoah zusammen.\n\nDie beiden Ministerinnen hatten sich bereits im November in Belém kennengelernt.\n\nAm Nachmittag fuhr Steinwendtner in die Hafenstadt Tema. Dort sprach sie mit Werksleiter Yaw Boateng.",
        expect![[r#"
            time gestern = 2026-01-21
            time im November = 2025-11
            event meeting [Katharina Steinwendtner, Abena Owusu-Mensah, Kofi Asamoah] @Accra 2026-01-21
            event meeting [Katharina Steinwendtner, Abena Owusu-Mensah] @Belém 2025-11
            event meeting [Katharina Steinwendtner, Yaw Boateng] @Tema 2026-01-21
        "#]],
    );
}

#[test]
fn a_season_in_a_relative_clause_after_the_host_does_not_undate_the_reception() {
    check(
        "2025-03-27",
        "Saarbrücken. Die Kulturministerin Park Ji-yeon eröffnete gestern eine Ausstellung.\n\nHeute reist Park nach Metz weiter. Dort wird sie von Élodie Marchal, der Direktorin der Kunsthalle Metz, empfangen, die einen Teil der Ausstellung im Sommer übernehmen will.",
        expect![[r#"
            time gestern = 2025-03-26
            time Heute = 2025-03-27
            time im Sommer = 2025-SU
            event meeting [Park Ji-yeon, Élodie Marchal] @Metz 2025-03-27
        "#]],
    );
}

#[test]
fn a_talk_told_in_the_past_takes_no_month_from_a_plan_told_just_before() {
    check(
        "2025-03-27",
        "Saarbrücken. Die Kulturministerin Park Ji-yeon eröffnete gestern eine Ausstellung. Laut Ministerin Lena Hauprich sollen bereits im Oktober die ersten Studierenden kommen.\n\nIm Museum tauschte sich Park anschließend mit Direktorin Henrike Abel-Zimmermann aus.",
        expect![[r#"
            quote indirect Lena Hauprich (Laut): sollen bereits im Oktober die ersten Studierenden kommen
            time gestern = 2025-03-26
            time im Oktober = 2025-10
            event meeting [Park Ji-yeon, Henrike Abel-Zimmermann] @- 2025-03-26
        "#]],
    );
}

#[test]
fn a_delegation_welcomed_in_the_active_is_the_guest_and_its_head_is_at_the_top() {
    check(
        "2025-09-12",
        "Homburg (dpa) – Mit einem Empfang im Rathaus hat Oberbürgermeister Matthias Kessler am Mittwoch eine Delegation aus der Partnerstadt Jinotepe begrüßt. An der Spitze der Gruppe steht Bürgermeisterin Rosa Elena Mairena Gutiérrez.\n\nTags zuvor war die Delegation in Berlin von Botschafter Octavio Lacayo Brenes empfangen worden.",
        expect![[r#"
            time am Mittwoch = 2025-09-10
            time Tags zuvor = 2025-09-09
            event meeting [Matthias Kessler, Rosa Elena Mairena Gutiérrez] @- 2025-09-10
            event meeting [Octavio Lacayo Brenes, Rosa Elena Mairena Gutiérrez] @Berlin 2025-09-09
        "#]],
    );
}

#[test]
fn a_talk_with_the_chefin_of_a_company_named_after_a_comma() {
    check(
        "2025-11-06",
        "Linthal. Vizeminister Park Ji-hoon hat gestern die Staumauer besichtigt und sich dort mit der Chefin der Kraftwerke Sernftal AG, Yvonne Zentner, ausgetauscht.",
        expect![[r#"
            time gestern = 2025-11-05
            event meeting [Park Ji-hoon, Yvonne Zentner] @- 2025-11-05
        "#]],
    );
}

#[test]
fn fuer_morgen_is_a_day_and_the_body_of_a_named_role_is_no_party() {
    check(
        "2025-06-05",
        "Berlin (AFP) – Außenministerin Friederike Aldinger hat am Mittwoch ihre Amtskollegin Dewi Anggraini Setiawan in Berlin empfangen.\n\nHeute reist Setiawan nach Brüssel weiter. Für morgen ist dort ein Treffen mit der Handelskommissarin der EU, Lotte Verhaegen, geplant. Die Stiftung arbeitet an Technik für morgen.",
        expect![[r#"
            time am Mittwoch = 2025-06-04
            time Heute = 2025-06-05
            time Für morgen = 2025-06-06
            event meeting [Friederike Aldinger, Dewi Anggraini Setiawan] @Berlin 2025-06-04
            event meeting [Dewi Anggraini Setiawan, Lotte Verhaegen] @Brüssel 2025-06-06
        "#]],
    );
}

#[test]
fn the_kommissionschef_is_the_head_of_the_commission_and_meets_at_the_return_visit() {
    check(
        "2026-02-14",
        "Addis Abeba (AFP) – Am Freitag traf Entwicklungsministerin Annika Roßbach den Vorsitzenden der AU-Kommission, Ousmane Kaboré.\n\nFür März ist ein Gegenbesuch Kaborés in Berlin vereinbart. Dabei soll der Kommissionschef neben Roßbach auch Bundeskanzler Konrad Wessel treffen.",
        expect![[r#"
            time Am Freitag = 2026-02-13
            time Für März = 2026-03
            event meeting [Annika Roßbach, Ousmane Kaboré] @- 2026-02-13
            event visit [Ousmane Kaboré, Annika Roßbach] @Berlin 2026-03
            event meeting [Ousmane Kaboré, Annika Roßbach, Konrad Wessel] @Berlin 2026-03
        "#]],
    );
}

#[test]
fn his_hostess_is_the_one_he_met() {
    check(
        "2025-10-09",
        "Hanoi. Wirtschaftsminister Frank Degenhardt kam am Montag mit der Vizeministerin Trần Thị Minh Ngọc zusammen. „Wir brauchen Pflegekräfte“, sagte Degenhardt. Seine Gastgeberin verwies darauf, dass Vietnam jedes Jahr Zehntausende junge Menschen ausbilde. Deutschland sei dabei ein gefragtes Ziel.",
        expect![[r#"
            quote direct Frank Degenhardt (sagte): Wir brauchen Pflegekräfte
            quote indirect Trần Thị Minh Ngọc (verwies): Vietnam jedes Jahr Zehntausende junge Menschen ausbilde
            quote indirect Trần Thị Minh Ngọc (-): Deutschland sei dabei ein gefragtes Ziel
            time am Montag = 2025-10-06
            event meeting [Frank Degenhardt, Trần Thị Minh Ngọc] @Hanoi 2025-10-06
        "#]],
    );
}

#[test]
fn a_talk_beside_a_conference_named_in_a_relative_clause_is_here_not_at_a_meeting_planned() {
    check(
        "2025-06-27",
        "Amman. Entwicklungsminister Konstantin Wehrle ist am Donnerstag in Amman mit Planungsminister Tariq Haddadin zusammengekommen. Bereits am Mittwoch hatte Wehrle mit dem saudischen Außenminister Nawaf al-Otaibi telefoniert. Beide hätten vereinbart, sich im Juli in Riad zu treffen.\n\nHeute traf Wehrle am Rande der Konferenz, zu der Jordanien Vertreter aus 40 Staaten eingeladen hat, den ägyptischen Außenminister Hisham Abdel-Rahman.",
        expect![[r#"
            time am Donnerstag = 2025-06-26
            time am Mittwoch = 2025-06-25
            time im Juli = 2025-07
            time Heute = 2025-06-27
            event meeting [Konstantin Wehrle, Tariq Haddadin] @Amman 2025-06-26
            event call [Konstantin Wehrle, Nawaf al-Otaibi] @- 2025-06-25
            event meeting [Konstantin Wehrle, Nawaf al-Otaibi] @Riad 2025-07
            event meeting [Konstantin Wehrle, Hisham Abdel-Rahman] @Amman 2025-06-27
        "#]],
    );
}

#[test]
fn a_talk_in_private_on_the_programme_is_the_travellers() {
    check(
        "2025-09-23",
        "New York. Außenministerin Katharina Lechthaler traf gestern in New York ihren jordanischen Amtskollegen Faris al-Khatib. Heute steht ein Gespräch unter vier Augen mit dem kasachischen Außenminister Nurlan Abdikarimov auf dem Programm.",
        expect![[r#"
            time gestern = 2025-09-22
            time Heute = 2025-09-23
            event meeting [Katharina Lechthaler, Faris al-Khatib] @New York 2025-09-22
            event meeting [Katharina Lechthaler, Nurlan Abdikarimov] @New York 2025-09-23
        "#]],
    );
}

#[test]
fn talks_after_a_reception_take_no_day_from_a_relative_clause_before() {
    check(
        "2026-01-22",
        "Salzwedel. Die Direktorin Ingrid Solheim-Dahl wurde gestern von Museumsleiterin Ulrike Kambach empfangen. Es ging um Leihgaben für die Schau, die am 6. Juni eröffnet werden soll. Anschließend verhandelten Kambach und ihre norwegische Kollegin unter vier Augen über die Bedingungen.",
        expect![[r#"
            time gestern = 2026-01-21
            time am 6. Juni = 2026-06-06
            event meeting [Ingrid Solheim-Dahl, Ulrike Kambach] @- 2026-01-21
        "#]],
    );
}

#[test]
fn a_second_delegation_is_led_by_the_one_the_next_sentence_names() {
    check(
        "2025-12-02",
        "Möhlin. Eine Delegation des Europäischen Faustballverbands unter Leitung von Präsident Roland Hüsser hat am Samstag die Halle besichtigt.\n\nGestern empfing Gemeindeammann Simone Kaufmann-Brem zudem eine Delegation aus den Vereinigten Arabischen Emiraten. Angeführt wurde sie von Khalid Al-Suwaidi, dem Präsidenten des nationalen Faustballverbands.",
        expect![[r#"
            time am Samstag = 2025-11-29
            time Gestern = 2025-12-01
            event meeting [Simone Kaufmann-Brem, Khalid Al-Suwaidi] @- 2025-12-01
        "#]],
    );
}

#[test]
fn meanwhile_is_the_day_of_the_sentence_before_or_of_the_event_told() {
    check(
        "2025-03-14",
        "Laufenburg. Stadtammann Reto Hürzeler empfing am Mittwoch Bürgermeister Radek Dvořáček. Am Donnerstagnachmittag besichtigte die Delegation das Flusskraftwerk. Vizebürgermeisterin Jana Procházková tauschte sich derweil in Rheinfelden mit Grossrätin Sandra Obrist-Meier aus.\n\nNationalrat Stefan Wüst traf gestern in Accra Ministerin Akosua Mensah. Unternehmerin Corinne Baumgartner tauschte sich unterdessen mit Energieminister Yaw Boakye-Ansah aus.",
        expect![[r#"
            time am Mittwoch = 2025-03-12
            time Am Donnerstagnachmittag = 2025-03-13
            time gestern = 2025-03-13
            event meeting [Reto Hürzeler, Radek Dvořáček] @- 2025-03-12
            event meeting [Jana Procházková, Sandra Obrist-Meier] @Rheinfelden 2025-03-13
            event meeting [Stefan Wüst, Akosua Mensah] @Accra 2025-03-13
            event meeting [Corinne Baumgartner, Yaw Boakye-Ansah] @- 2025-03-13
        "#]],
    );
}

#[test]
fn a_state_visit_after_an_arrival_and_a_first_meeting_told_as_earlier() {
    check(
        "2026-03-12",
        "Wien – Bundespräsident Anton Reisinger hat gestern den peruanischen Präsidenten Julio Mamani Quispe in Wien empfangen. Der Gast war bereits am Vorabend in Schwechat gelandet. Kennengelernt hatten sich die beiden im Mai 2025 in Lissabon. Nach einem Vieraugengespräch lobte Reisinger die Partnerschaft. Heute reiste der Gast nach Graz weiter. Dort wurde er von Landeshauptfrau Irmgard Pölzl empfangen.",
        expect![[r#"
            time gestern = 2026-03-11
            time am Vorabend = 2026-03-10
            time im Mai 2025 = 2025-05
            time Heute = 2026-03-12
            event meeting [Anton Reisinger, Julio Mamani Quispe] @Wien 2026-03-11
            event meeting [Anton Reisinger, Julio Mamani Quispe] @Lissabon 2025-05
            event visit [Julio Mamani Quispe] @Graz 2026-03-12
            event meeting [Julio Mamani Quispe, Irmgard Pölzl] @Graz 2026-03-12
        "#]],
    );
}

#[test]
fn asked_for_support_or_for_a_meeting_and_a_talk_called_off() {
    check(
        "2025-11-20",
        "Betriebsrätin Selin Arslan hatte am Montag den Landrat Ole Brandes getroffen und um Unterstützung gebeten. Bürgermeister Jens Pohl hatte Brandes in einem Brief um ein Treffen gebeten. Ein Gespräch mit Pohl sagte Brandes damals kurzfristig ab.",
        expect![[r#"
            time am Montag = 2025-11-17
            event meeting [Selin Arslan, Ole Brandes] @- 2025-11-17
        "#]],
    );
}

#[test]
fn rounds_of_wage_talks_joined_by_more_and_the_next_round() {
    check(
        "2025-11-07",
        "Passau – Personalchefin Ines Wagenknecht und Gewerkschaftssekretär Milan Kovač verhandelten am Donnerstag zum dritten Mal ohne Ergebnis. Bei der ersten Runde am 2. Oktober hatten sich Wagenknecht und Kovač noch allein gegenübergesessen. Zur zweiten Runde Ende Oktober kamen erstmals auch Betriebsrat Olaf Rieger und Finanzchef Till Amsel hinzu. Vermittler Georg Hainz will am Montag mit Wagenknecht sprechen. Die vierte Runde soll am 18. November stattfinden. Dann wollen Wagenknecht und Kovač erneut zusammenkommen.",
        expect![[r#"
            time am Donnerstag = 2025-11-06
            time am 2. Oktober = 2025-10-02
            time Ende Oktober = 2025-10
            time am Montag = 2025-11-10
            time am 18. November = 2025-11-18
            event meeting [Ines Wagenknecht, Milan Kovač] @Passau 2025-11-06
            event meeting [Ines Wagenknecht, Milan Kovač] @Passau 2025-10-02
            event meeting [Ines Wagenknecht, Milan Kovač, Olaf Rieger, Till Amsel] @Passau 2025-10
            event meeting [Georg Hainz, Ines Wagenknecht] @Passau 2025-11-10
            event meeting [Ines Wagenknecht, Milan Kovač, Olaf Rieger, Till Amsel] @Passau 2025-11-18
        "#]],
    );
}

#[test]
fn the_ministers_of_two_countries_named_in_the_sentence_after() {
    check(
        "2025-06-04",
        "Am Rande des Staatsbesuchs kamen in Berlin am Montag auch die Außenminister beider Länder zusammen, Chiles und Deutschlands. Nach Angaben des Auswärtigen Amts vereinbarten die deutsche Außenministerin Hedda Vollmer und ihr chilenischer Amtskollege Tomás Errázuriz einen jährlichen Dialog.",
        expect![[r#"
            quote indirect Auswärtiges Amt (Nach): vereinbarten die deutsche Außenministerin Hedda Vollmer und ihr chilenischer Amtskollege Tomás Errázuriz einen jährlichen Dialog
            time am Montag = 2025-06-02
            event meeting [Hedda Vollmer, Tomás Errázuriz] @Berlin 2025-06-02
        "#]],
    );
}

#[test]
fn delegations_led_by_two_and_a_mediator_meeting_one_side_after_the_other() {
    check(
        "2025-10-09",
        "Die Delegationen der Gewerkschaft Bau und Holz (GBH) und der Geschäftsleitung der Kessler Bau AG sassen am Dienstag in Olten zusammen. Angeführt wurden sie von Gewerkschaftssekretär Reto Imhof und Personalchefin Nadja Brügger. Vermittler Hugo Zaugg will am Montag in Aarau zunächst mit Brügger und danach mit Imhof zusammentreffen.",
        expect![[r#"
            time am Dienstag = 2025-10-07
            time am Montag = 2025-10-13
            event meeting [Reto Imhof, Nadja Brügger] @Olten 2025-10-07
            event meeting [Hugo Zaugg, Nadja Brügger] @Aarau 2025-10-13
            event meeting [Hugo Zaugg, Reto Imhof] @Aarau 2025-10-13
        "#]],
    );
}

#[test]
fn a_counterpart_is_the_one_met_a_few_sentences_before() {
    check(
        "2025-03-14",
        "In Brasília traf Wirtschaftsminister Reto Aebi die Handelsministerin Beatriz Lacerda Pinto. Die beiden unterzeichneten eine Absichtserklärung. Die Ministerin betonte, Brasilien wolle lernen. Ihr Land brauche Fachkräfte. Aebi und seine Amtskollegin hatten sich bereits im Januar in Genf getroffen.",
        expect![[r#"
            quote indirect Beatriz Lacerda Pinto (betonte): Brasilien wolle lernen
            quote indirect Beatriz Lacerda Pinto (-): Ihr Land brauche Fachkräfte
            time im Januar = 2025-01
            event meeting [Reto Aebi, Beatriz Lacerda Pinto] @Brasília -
            event meeting [Reto Aebi, Beatriz Lacerda Pinto] @Genf 2025-01
        "#]],
    );
}

#[test]
fn a_remembered_visit_and_a_first_meeting_date_nothing_after_them() {
    check(
        "2025-05-22",
        "Bundespräsident Ralf Osterkamp hat den kenianischen Präsidenten David Mwangi heute in Berlin empfangen. Osterkamp erinnerte daran, dass er Kenia im Februar 2024 besucht und damals in Nairobi mit Mwangi gesprochen habe. Am Mittag kam Mwangi mit Bundeskanzlerin Petra Lindholm zusammen. Persönlich kennen sich die Außenministerinnen Jana Kolb und Ruth Wanjiru bereits: Sie hatten sich im September in New York getroffen. Parallel dazu trafen sich Kolb und Wanjiru im Auswärtigen Amt. Am Abend sprach Mwangi die Einladung zu einem Gegenbesuch in Nairobi aus, den Osterkamp im kommenden Sommer antreten will.",
        expect![[r#"
            quote indirect Ralf Osterkamp (erinnerte): er Kenia im Februar 2024 besucht und damals in Nairobi mit Mwangi gesprochen habe
            time heute = 2025-05-22
            time im Februar 2024 = 2024-02
            time im September = 2024-09
            time im kommenden Sommer = 2025-SU
            event meeting [Ralf Osterkamp, David Mwangi] @Berlin 2025-05-22
            event meeting [Ralf Osterkamp, David Mwangi] @Nairobi 2024-02
            event meeting [David Mwangi, Petra Lindholm] @Berlin 2025-05-22
            event meeting [Jana Kolb, Ruth Wanjiru] @New York 2024-09
            event meeting [Jana Kolb, Ruth Wanjiru] @Berlin 2025-05-22
            event visit [David Mwangi, Ralf Osterkamp] @Nairobi -
        "#]],
    );
}

#[test]
fn the_sides_of_wage_talks_are_their_negotiators() {
    check(
        "2026-02-13",
        "Neustadt – Nach gut neun Stunden brachen die IG Metall und die Nordwerft GmbH die Gespräche am Donnerstag ab. „Wir sind weit entgegengekommen“, sagte Verhandlungsführerin Maren Stolt von der IG Metall. Geschäftsführer Piet Hansen wies die Forderung zurück.",
        expect![[r#"
            quote direct Maren Stolt (sagte): Wir sind weit entgegengekommen
            time am Donnerstag = 2026-02-12
            event meeting [Maren Stolt, Piet Hansen] @Neustadt 2026-02-12
        "#]],
    );
}

#[test]
fn a_known_surname_after_a_name_and_a_councillor_by_office() {
    check(
        "2026-02-20",
        "Chur. Gewerkschafter Reto Flury und Personalchefin Ladina Conrad verhandelten am Dienstag. Am Donnerstag lud Regierungsrat Marcus Caviezel Flury und Conrad zu einem Gespräch nach Chur ein. Bundesrat Daniel Stöckli empfing am Freitag die Delegation. Der Bundesrat sagte, die Lage sei ernst.",
        expect![[r#"
            quote indirect Daniel Stöckli (sagte): die Lage sei ernst
            time am Dienstag = 2026-02-17
            time Am Donnerstag = 2026-02-19
            time am Freitag = 2026-02-20
            event meeting [Reto Flury, Ladina Conrad] @Chur 2026-02-17
            event invitation [Marcus Caviezel, Reto Flury, Ladina Conrad] @Chur 2026-02-19
            event meeting [Daniel Stöckli, Ladina Conrad] @Chur 2026-02-20
        "#]],
    );
}

#[test]
fn a_dutch_name_with_a_particle_of_two_words() {
    check(
        "2024-09-04",
        "Bundesumweltministerin Almut Grevenbroich hat mit ihrem niederländischen Amtskollegen Joost van der Meulen telefoniert. Mitte Oktober wollen Grevenbroich und van der Meulen in Den Haag zusammenkommen. Die Abgeordnete Ayla Demir von der CDU kritisierte das.",
        expect![[r#"
            time Mitte Oktober = 2024-10
            event call [Almut Grevenbroich, Joost van der Meulen] @- -
            event meeting [Almut Grevenbroich, Joost van der Meulen] @Den Haag 2024-10
        "#]],
    );
}

#[test]
fn a_state_banquet_is_its_own_meeting_and_a_counterpart_from_a_named_country() {
    check(
        "2026-03-10",
        "Wien – Bundespräsident Bernhard Kittel empfing Präsidentin Valentina Ortega heute in Wien. Am Abend gibt Kittel in der Hofburg ein Staatsbankett zu Ehren seines Gastes. Bereits im März hatte Außenministerin Vera Stadler-Reindl den kasachischen Außenminister Nurlan Saparow getroffen. Dort war Stadler-Reindl Saparow erstmals begegnet. Die singapurische Handelsministerin Grace Lim Wei Ling kam mit Stadler-Reindl zusammen. Im Juni wolle Minister Jan Ostkamp seine Amtskollegin aus Singapur in Hannover empfangen.",
        expect![[r#"
            quote indirect Grace Lim Wei Ling (-): Im Juni wolle Minister Jan Ostkamp seine Amtskollegin aus Singapur in Hannover empfangen
            time heute = 2026-03-10
            time im März = 2026-03
            time Im Juni = 2026-06
            event meeting [Bernhard Kittel, Valentina Ortega] @Wien 2026-03-10
            event meeting [Bernhard Kittel, Valentina Ortega] @Wien 2026-03-10
            event meeting [Vera Stadler-Reindl, Nurlan Saparow] @Wien 2026-03
            event meeting [Grace Lim Wei Ling, Vera Stadler-Reindl] @Wien -
            event meeting [Jan Ostkamp, Grace Lim Wei Ling] @Hannover 2026-06
        "#]],
    );
}

#[test]
fn a_quote_said_by_a_noun_the_lexicon_does_not_know() {
    check(
        "2025-10-20",
        "Minister Ole Albers traf die Vorsitzende der Vereinigung, Gesa Harms. Harms zeigte sich skeptisch. „Telefonate fangen keinen Hering“, sagte die Fischerin. Ihre Mitglieder bräuchten Planungssicherheit.",
        expect![[r#"
            quote direct Gesa Harms (sagte): Telefonate fangen keinen Hering
            quote indirect Gesa Harms (-): Ihre Mitglieder bräuchten Planungssicherheit
            event meeting [Ole Albers, Gesa Harms] @- -
        "#]],
    );
}

#[test]
fn another_meeting_of_the_two_at_the_fringe_of_a_council() {
    check(
        "2024-09-19",
        "Bern. Aussenminister Mario Brügg und sein italienischer Amtskollege Luca Vitale hatten sich zuletzt im Juli in Rom getroffen. Ein weiteres Treffen ist für Anfang Dezember am Rande des Ministerrats der OSZE auf Malta geplant.",
        expect![[r#"
            time im Juli = 2024-07
            time für Anfang Dezember = 2024-12
            event meeting [Mario Brügg, Luca Vitale] @Rom 2024-07
            event meeting [Mario Brügg, Luca Vitale] @Malta 2024-12
        "#]],
    );
}

#[test]
fn from_when_is_not_when() {
    check(
        "2026-04-24",
        "Bremen. Bürgermeister Jan Kessel empfing am Donnerstag seine Amtskollegin Anna Wrobel vor dem Rathaus. Schüler sollten schon ab September Praktika in der Partnerstadt absolvieren können, hieß es aus der Senatskanzlei. Am Rande des Festakts kamen der Hafenchef Tomasz Lipa und die Geschäftsführerin Silke Dahm zusammen.",
        expect![[r#"
            quote indirect Senatskanzlei (hieß): Schüler sollten schon ab September Praktika in der Partnerstadt absolvieren können
            time am Donnerstag = 2026-04-23
            time ab September = 2026-09
            event meeting [Jan Kessel, Anna Wrobel] @Bremen 2026-04-23
            event meeting [Tomasz Lipa, Silke Dahm] @Bremen 2026-04-23
        "#]],
    );
}

#[test]
fn met_separately_with_each() {
    check(
        "2026-02-12",
        "Bremen. Häfensenatorin Wiebke Oster hatte sich am Montag getrennt mit Gewerkschafterin Birte Holl und Geschäftsführer Thorsten Ahl getroffen.",
        expect![[r#"
            time am Montag = 2026-02-09
            event meeting [Wiebke Oster, Birte Holl] @Bremen 2026-02-09
            event meeting [Wiebke Oster, Thorsten Ahl] @Bremen 2026-02-09
        "#]],
    );
}

#[test]
fn a_vietnamese_name_ends_before_a_german_noun() {
    check(
        "2026-04-22",
        "Berlin. Bundeskanzler Jan Rauten empfing am Mittwoch den vietnamesischen Präsidenten Vo Quang Hieu. Am Donnerstag trifft Vo Quang Hieu Vertreter der Wirtschaft in Hamburg.",
        expect![[r#"
            time am Mittwoch = 2026-04-22
            time Am Donnerstag = 2026-04-23
            event meeting [Jan Rauten, Vo Quang Hieu] @Berlin 2026-04-22
            event meeting [Jan Rauten, Vo Quang Hieu] @Hamburg 2026-04-23
        "#]],
    );
}

#[test]
fn the_two_negotiators_of_a_union_and_an_employers_association() {
    check(
        "2025-06-18",
        "Bremen – Nach gut neun Stunden brachen die IG Metall und der Arbeitgeberverband Nordmetall die Gespräche am Dienstag ab. „Das Angebot reicht nicht“, sagte IG-Metall-Verhandlungsführerin Maren Thies. Verhandlungsführer Bernd Olt widersprach.",
        expect![[r#"
            quote direct Maren Thies (sagte): Das Angebot reicht nicht
            time am Dienstag = 2025-06-17
            event meeting [Maren Thies, Bernd Olt] @Bremen 2025-06-17
        "#]],
    );
}

#[test]
fn a_second_meeting_the_next_day_told_without_its_verb() {
    check(
        "2024-10-17",
        "Minister Gregor Pfann ist auf Reisen. In Astana war er am Montag mit Handelsminister Nurlan Seitow zusammengetroffen, tags darauf in Almaty mit Vizebürgermeisterin Gulnara Ospan. Ende Januar war der Botschafter Levon Avet von Pfann empfangen worden.",
        expect![[r#"
            time am Montag = 2024-10-14
            time tags darauf = 2024-10-15
            time Ende Januar = 2024-01
            event meeting [Gregor Pfann, Nurlan Seitow] @Astana 2024-10-14
            event meeting [Levon Avet, Gregor Pfann] @- 2024-01
            event meeting [Gregor Pfann, Gulnara Ospan] @Almaty 2024-10-15
        "#]],
    );
}

#[test]
fn a_committee_questioning_a_witness() {
    check(
        "2024-11-28",
        "Luzern. Die Untersuchungskommission unter Irene Schürer tagt seit Montag. Am Mittwoch befragten Schürer und ihre Kommission alt Regierungsrat Josef Lustig, der bis 2023 das Finanzdepartement geführt hatte.",
        expect![[r#"
            time seit Montag = 2024-11-25
            time Am Mittwoch = 2024-11-27
            time bis 2023 = 2023
            event meeting [Irene Schürer, Josef Lustig] @Luzern 2024-11-27
        "#]],
    );
}

#[test]
fn on_the_fringe_of_the_gathering_told_before() {
    check(
        "2026-05-22",
        "Lübeck – Die Außenminister der Ostseeanrainer wollen enger zusammenarbeiten. Darauf verständigten sich die Mitgliedstaaten gestern bei ihrem Treffen in Travemünde. Die Lage sei ernst. Man wolle handeln. Am Rande des Treffens kam Staatsministerin Frieda Lang mit dem estnischen Außenminister Kaarel Tamm zu einem Gespräch zusammen.",
        expect![[r#"
            quote indirect - (-): Die Lage sei ernst
            quote indirect - (-): Man wolle handeln
            time gestern = 2026-05-21
            event meeting [Frieda Lang, Kaarel Tamm] @Lübeck 2026-05-21
        "#]],
    );
}

#[test]
fn agreed_to_see_each_other_again() {
    check(
        "2025-03-14",
        "Jakarta. Staatssekretärin Verena Tratt und ihr Gastgeber Bagus Wira vereinbarten am Mittwoch, sich Anfang Juni in Wien wiederzusehen.",
        expect![[r#"
            time am Mittwoch = 2025-03-12
            time Anfang Juni = 2025-06
            event agreement [Verena Tratt, Bagus Wira] @Wien 2025-03-12
        "#]],
    );
}

#[test]
fn talks_go_on_between_the_negotiators_not_the_mediator() {
    check(
        "2025-03-14",
        "Gießen. Bezirkssekretärin Anja Döring und Personalchef Clemens Hart verhandelten am Montag zum dritten Mal. Oberbürgermeister Tobias Rein will Hart am Donnerstag zu einem Gespräch im Rathaus empfangen. Weiterverhandelt werden soll am 27. März in Wetzlar.",
        expect![[r#"
            time am Montag = 2025-03-10
            time am Donnerstag = 2025-03-20
            time am 27. März = 2025-03-27
            event meeting [Anja Döring, Clemens Hart] @Gießen 2025-03-10
            event meeting [Tobias Rein, Clemens Hart] @Gießen 2025-03-20
            event meeting [Anja Döring, Clemens Hart] @Wetzlar 2025-03-27
        "#]],
    );
}

#[test]
fn a_bare_ministry_or_department_is_the_one_named_before() {
    check(
        "2025-03-04",
        "Das Gespräch habe rund 40 Minuten gedauert, teilte das Auswärtige Amt mit. Saparow habe zugesichert, \
         den Hafen auszubauen, hieß es aus dem Ministerium. Wie das Eidgenössische Departement für Wirtschaft, \
         Bildung und Forschung (WBF) mitteilte, gab es Fortschritte. Offen seien noch die Regeln für Patente, \
         hiess es aus dem Departement. Laut dem Bundeskriminalamt stieg die Menge. Ein Großteil sei über \
         Häfen gekommen, hieß es.",
        expect![[r#"
            quote indirect Auswärtiges Amt (teilte): Das Gespräch habe rund 40 Minuten gedauert
            quote indirect Auswärtiges Amt (hieß): Saparow habe zugesichert, den Hafen auszubauen
            quote indirect WBF (hiess): Offen seien noch die Regeln für Patente
            quote indirect Bundeskriminalamt (Laut): stieg die Menge
            quote indirect Bundeskriminalamt (hieß): Ein Großteil sei über Häfen gekommen
        "#]],
    );
}

#[test]
fn the_guest_of_an_earlier_welcome_and_an_arrival_told_in_the_paragraph_before() {
    check(
        "2024-11-21",
        "Präsident Ortega Almada in Wien\n\nWien – Mit militärischen Ehren ist der Präsident Uruguays, \
         Carlos Ortega Almada, heute in Wien empfangen worden. Bundespräsidentin Ingrid Hochleitner begrüßte \
         ihren Gast in der Hofburg. Ortega Almada war am Mittwochabend in Schwechat gelandet.\n\n\
         Am Nachmittag traf der Gast aus Montevideo Bundeskanzler Florian Tscharf im Bundeskanzleramt.",
        expect![[r#"
            time heute = 2024-11-21
            time am Mittwochabend = 2024-11-20
            event meeting [Carlos Ortega Almada] @Wien 2024-11-21
            event meeting [Ingrid Hochleitner, Carlos Ortega Almada] @Wien 2024-11-21
            event meeting [Carlos Ortega Almada, Florian Tscharf] @Wien 2024-11-21
        "#]],
    );
}

#[test]
fn a_round_with_no_one_named_is_of_the_persons_who_met_just_before() {
    check(
        "2025-03-13",
        "Zum Auftakt hatten sich Sabine Oberkamp und Gerrit Wolfsteller Mitte Februar in Hagen getroffen. \
         Die zweite Runde fand am 4. März in Iserlohn statt.",
        expect![[r#"
            time Mitte Februar = 2025-02
            time am 4. März = 2025-03-04
            event meeting [Sabine Oberkamp, Gerrit Wolfsteller] @Hagen 2025-02
            event meeting [Sabine Oberkamp, Gerrit Wolfsteller] @Iserlohn 2025-03-04
        "#]],
    );
}

#[test]
fn a_day_someone_is_summoned_for_lies_ahead() {
    check(
        "2025-06-26",
        "Am 17. Juli ist die Unternehmerin vor den Ausschuss geladen. Die nächste Sitzung ist für den 3. Juli \
         angesetzt. Der Vorsitzende hatte am 2. Juni die Presse geladen.",
        expect![[r#"
            time Am 17. Juli = 2025-07-17
            time für den 3. Juli = 2025-07-03
            time am 2. Juni = 2025-06-02
        "#]],
    );
}

#[test]
fn negotiators_who_sat_opposite_each_other_and_the_rounds_after() {
    check(
        "2025-03-13",
        "Zum Auftakt Anfang Februar hatten sich Anja Dörfler und Clemens Harting in Gießen gegenübergesessen, \
         die zweite Runde fand am 24. Februar in Marburg statt. Oberbürgermeister Tobias Reiner will Harting \
         und Yusuf Kara am Donnerstag zu einem Gespräch empfangen. Weiterverhandelt werden soll am 27. März \
         in Wetzlar.",
        expect![[r#"
            time Anfang Februar = 2025-02
            time am 24. Februar = 2025-02-24
            time am Donnerstag = 2025-03-13
            time am 27. März = 2025-03-27
            event meeting [Anja Dörfler, Clemens Harting] @Gießen 2025-02
            event meeting [Anja Dörfler, Clemens Harting] @Marburg 2025-02-24
            event meeting [Tobias Reiner, Clemens Harting, Yusuf Kara] @- 2025-03-13
            event meeting [Anja Dörfler, Clemens Harting] @Wetzlar 2025-03-27
        "#]],
    );
}

#[test]
fn a_round_counted_in_a_clause_of_its_own_is_not_the_meeting_before() {
    check(
        "2025-02-20",
        "Sabine Hollweg, Rainer Tschirner und Herbert Zaunig hatten sich am 28. Jänner in Horn getroffen, \
         auch in der dritten Runde am Mittwoch saß der Gewerkschafter mit am Tisch.",
        expect![[r#"
            time am 28. Jänner = 2025-01-28
            time am Mittwoch = 2025-02-19
            event meeting [Sabine Hollweg, Rainer Tschirner, Herbert Zaunig] @Horn 2025-01-28
            event meeting [Sabine Hollweg, Rainer Tschirner, Herbert Zaunig] @- 2025-02-19
        "#]],
    );
}

#[test]
fn the_pronoun_of_a_where_clause_is_the_one_who_travelled() {
    check(
        "2025-03-14",
        "Am Dienstag war Außenministerin Elisabeth Kainreith in Sarajevo. Tags darauf reiste die Ministerin nach \
         Podgorica weiter, wo sie zunächst mit Außenministerin Milena Vukotić und anschließend mit \
         Premierminister Stefan Radić zusammentraf.",
        expect![[r#"
            time Am Dienstag = 2025-03-11
            time Tags darauf = 2025-03-12
            event visit [Elisabeth Kainreith] @Podgorica 2025-03-12
            event meeting [Elisabeth Kainreith, Milena Vukotić] @Podgorica 2025-03-12
            event meeting [Elisabeth Kainreith, Stefan Radić] @Podgorica 2025-03-12
        "#]],
    );
}

#[test]
fn an_office_set_off_after_a_name_ends_no_clause() {
    check(
        "2025-03-14",
        "Dort empfing Bürgermeister Phan Quoc Dung die Ministerin Henrike Thelbach im Rathaus. Am Rande des \
         Besuchs unterzeichnete der Unternehmer Ralf Meiring, Chef der Meiring Sensortechnik GmbH, eine \
         Absichtserklärung mit Vo Thi Thanh, der Geschäftsführerin des Zulieferers Saigon Precision Components.",
        expect![[r#"
            event meeting [Phan Quoc Dung, Henrike Thelbach] @- -
            event agreement [Ralf Meiring, Vo Thi Thanh] @- -
        "#]],
    );
}

#[test]
fn the_management_of_a_firm_named_by_its_trade() {
    check(
        "2025-02-14",
        "Blankenburg (HD) – Im Tarifkonflikt bei der Harzgrund Gießerei gibt es Streit. Nach neun Stunden \
         brachen die IG Metall und die Geschäftsführung die Gespräche am Donnerstagabend in Wernigerode ab.",
        expect![[r#"
            time am Donnerstagabend = 2025-02-13
            event meeting [IG Metall, Harzgrund Gießerei] @Wernigerode 2025-02-13
        "#]],
    );
}

#[test]
fn the_office_of_the_woman_who_received_them() {
    check(
        "2025-02-14",
        "Arbeitslandesrätin Cornelia Hochstetter empfing am Donnerstag die beiden Verhandlungsführer. Sie habe \
         beide Seiten zur Mäßigung aufgerufen, hieß es aus ihrem Büro.",
        expect![[r#"
            quote indirect Cornelia Hochstetter (hieß): Sie habe beide Seiten zur Mäßigung aufgerufen
            time am Donnerstag = 2025-02-13
            event meeting [Cornelia Hochstetter] @- 2025-02-13
        "#]],
    );
}

#[test]
fn an_afternoon_after_an_arrival_told_in_a_paragraph_before_is_of_the_day_told() {
    check(
        "2026-05-21",
        "Berlin – Bundespräsident Gerold Hansberg hat am Mittwoch die Präsidentin Kadri Viiksaar empfangen. \
         Viiksaar war bereits am Vorabend in Berlin eingetroffen.\n\nDer Bundespräsident sicherte seinem Gast \
         Solidarität zu. Deutschland werde seine Zusagen einhalten.\n\nAm Nachmittag war Viiksaar im \
         Kanzleramt mit Bundeskanzler Andreas Lohberg zusammengekommen.",
        expect![[r#"
            quote indirect Gerold Hansberg (-): Deutschland werde seine Zusagen einhalten
            time am Mittwoch = 2026-05-20
            time am Vorabend = 2026-05-19
            event meeting [Gerold Hansberg, Kadri Viiksaar] @- 2026-05-20
            event visit [Kadri Viiksaar] @Berlin 2026-05-19
            event meeting [Kadri Viiksaar, Andreas Lohberg] @Berlin 2026-05-20
        "#]],
    );
}

#[test]
fn a_dated_round_far_from_named_talks_is_of_the_negotiators_of_the_report() {
    check(
        "2025-02-20",
        "Tarifstreit bei Molkerei Ilmenau: Auch dritte Runde endet ohne Ergebnis\n\nBad Bevensen – Für die NGG \
         verhandelt Gewerkschaftssekretärin Svenja Tödtmann, für das Unternehmen Geschäftsführer Malte \
         Brünning. Die NGG fordert 8,5 Prozent mehr Lohn. Brünning verwies auf den Preisdruck.\n\nDie erste \
         Runde hatte am 14. Januar in Bad Bevensen stattgefunden. Bis zur nächsten Runde will die NGG streiken.",
        expect![[r#"
            time am 14. Januar = 2025-01-14
            event meeting [Svenja Tödtmann, Malte Brünning] @Bad Bevensen 2025-01-14
            event meeting [Svenja Tödtmann, Malte Brünning] @Bad Bevensen 2025-01-14
        "#]],
    );
}

#[test]
fn the_second_round_told_without_its_noun() {
    check(
        "2025-02-20",
        "Sevim Arslan und Jörg Tammer hatten sich zum Auftakt getroffen. Die erste Runde hatte Mitte Januar \
         in Blankenburg stattgefunden, die zweite am 4. Februar in Halberstadt.",
        expect![[r#"
            time Mitte Januar = 2025-01
            time am 4. Februar = 2025-02-04
            event meeting [Sevim Arslan, Jörg Tammer] @Blankenburg 2025-01
            event meeting [Sevim Arslan, Jörg Tammer] @Halberstadt 2025-02-04
        "#]],
    );
}

#[test]
fn witnesses_heard_by_a_committee_meet_its_chair() {
    check(
        "2024-10-09",
        "Freiburg – Die Kommission unter dem Vorsitz von Grossrätin Bernadette Zossberg hat am Dienstag den \
         ehemaligen Staatsrat Hubert Strittmatter befragt. Am Nachmittag sagte Kantonsingenieurin Véronique \
         Cottier aus. Das Projekt sei schlecht geplant gewesen, sagte sie.",
        expect![[r#"
            quote indirect Véronique Cottier (sagte): Das Projekt sei schlecht geplant gewesen
            time am Dienstag = 2024-10-08
            event meeting [Bernadette Zossberg, Hubert Strittmatter] @Freiburg 2024-10-08
            event meeting [Bernadette Zossberg, Véronique Cottier] @Freiburg 2024-10-08
        "#]],
    );
}

#[test]
fn a_meal_together_is_a_meeting() {
    check(
        "2025-10-11",
        "Bereits am Vorabend hatte Bürgermeisterin Ilona Szabó in Riedlingen mit Gerhard Mauch, dem Vorsitzenden des Partnerschaftsvereins, zu Abend gegessen. Die beiden Minister Lukas Ferber und Anna Kovač aßen am Sonntag in Zagreb zu Mittag. Auch Schweinefleisch könne bedenkenlos gegessen werden, sagte Ferber.",
        expect![[r#"
            quote indirect Lukas Ferber (sagte): Auch Schweinefleisch könne bedenkenlos gegessen werden
            time am Vorabend = 2025-10-10
            time am Sonntag = 2025-10-05
            event meeting [Ilona Szabó, Gerhard Mauch] @Riedlingen 2025-10-10
            event meeting [Lukas Ferber, Anna Kovač] @Zagreb 2025-10-05
        "#]],
    );
}

#[test]
fn the_guest_from_a_city_is_the_one_of_its_country_and_a_first_meeting_is_not_the_signing() {
    check(
        "2025-10-17",
        "Magdeburg – Wirtschaftsminister Henrik Vollrath ist am Montag in Hanoi mit dem vietnamesischen Handelsminister Tran Van Long zusammengekommen. Am Mittwoch traf Vollrath in Hanoi auch Botschafterin Ute Kessler. Der Gast aus Hanoi werde im März zu einem Gegenbesuch in Magdeburg erwartet.\n\nDie Geschäftsführerin der Elbwerk GmbH, Carla Fuchs, und der Präsident des japanischen Elektronikkonzerns Kaminari Denki, Jiro Sato, unterzeichneten am Mittwoch in Magdeburg den Vertrag. Kennengelernt hatten sich Fuchs und Sato im Juni in München. Vorgesehen ist, dass Kaminari Denki ab 2027 liefert.",
        expect![[r#"
            quote indirect Henrik Vollrath (-): Der Gast aus Hanoi werde im März zu einem Gegenbesuch in Magdeburg erwartet
            time am Montag = 2025-10-13
            time Am Mittwoch = 2025-10-15
            time im März = 2026-03
            time am Mittwoch = 2025-10-15
            time im Juni = 2025-06
            time ab 2027 = 2027
            event meeting [Henrik Vollrath, Tran Van Long] @Hanoi 2025-10-13
            event meeting [Henrik Vollrath, Ute Kessler] @Hanoi 2025-10-15
            event visit [Tran Van Long, Henrik Vollrath] @Magdeburg 2026-03
            event agreement [Carla Fuchs, Jiro Sato] @Magdeburg 2025-10-15
            event meeting [Carla Fuchs, Jiro Sato] @München 2025-06
        "#]],
    );
}

#[test]
fn the_two_holders_of_an_office_take_in_a_counterpart() {
    check(
        "2025-05-20",
        "Wien – Außenministerin Petra Lindner hat am Dienstag mit ihrer slowakischen Amtskollegin Zuzana Hrubá telefoniert. Landeshauptmann Anton Wallner habe die Außenministerin bereits bei einem Treffen in Linz im Februar auf die Lage der Pendler hingewiesen, sagte sein Sprecher. Ein persönliches Treffen der beiden Außenministerinnen ist für den 12. Juni in Bratislava geplant.",
        expect![[r#"
            quote indirect - (sagte): Landeshauptmann Anton Wallner habe die Außenministerin bereits bei einem Treffen in Linz im Februar auf die Lage der Pendler hingewiesen
            time am Dienstag = 2025-05-20
            time im Februar = 2025-02
            time für den 12. Juni = 2025-06-12
            event call [Petra Lindner, Zuzana Hrubá] @- 2025-05-20
            event meeting [Anton Wallner, Petra Lindner] @Linz 2025-02
            event meeting [Petra Lindner, Zuzana Hrubá] @Bratislava 2025-06-12
        "#]],
    );
}

#[test]
fn wage_talks_are_of_the_negotiators_told_by_side() {
    check(
        "2025-10",
        "Lohr am Main – Im Tarifkonflikt beim Pumpenhersteller Aquatherm ist auch die dritte Runde gescheitert. Nach neun Stunden brachen Geschäftsführung und IG Metall die Gespräche am Dienstag im Verwaltungsgebäude des Unternehmens in Lohr ab.\n\nVerhandelt wird für die Gewerkschaft von Petra Kollmer aus Würzburg, auf der Arbeitgeberseite führt Personalgeschäftsführer Jens Adelmann die Gespräche.\n\nBereits die zweite Runde am 2. Oktober in Würzburg war abgebrochen worden. Die vierte Runde soll am 28. Oktober in Aschaffenburg stattfinden.",
        expect![[r#"
            time am Dienstag = 2025-10
            time am 2. Oktober = 2025-10-02
            time am 28. Oktober = 2025-10-28
            event meeting [Aquatherm] @- -
            event meeting [Petra Kollmer, Jens Adelmann] @Lohr am Main 2025-10
            event meeting [Petra Kollmer, Jens Adelmann] @Würzburg 2025-10-02
            event meeting [Petra Kollmer, Jens Adelmann] @Aschaffenburg 2025-10-28
        "#]],
    );
}

#[test]
fn management_and_union_sitting_together_are_their_negotiators() {
    check(
        "2025-11-25",
        "Neuhausen (KB) – Im Lohnstreit bei der Rheinfall Armaturen AG gibt es keine Einigung. GIG-Verhandlungsführerin Nadine Hablützel zeigte sich enttäuscht. Personalchef Daniel Oechslin verteidigte das Angebot. Die Geschäftsleitung und die Gewerkschaft Industrie und Gewerbe (GIG) sassen gestern neun Stunden in Schaffhausen zusammen. Die nächste reguläre Verhandlungsrunde ist für den 3. Dezember angesetzt. Vertreter der Firma Norrtek waren bereits Ende September in Pilsen mit der Agentur CzechInvest zusammengekommen.",
        expect![[r#"
            time gestern = 2025-11-24
            time für den 3. Dezember = 2025-12-03
            time bereits Ende September = 2025-09
            event meeting [Nadine Hablützel, Daniel Oechslin] @Schaffhausen 2025-11-24
            event meeting [Nadine Hablützel, Daniel Oechslin] @- 2025-12-03
            event meeting [Norrtek, CzechInvest] @Pilsen 2025-09
        "#]],
    );
}

#[test]
fn a_meeting_years_back_dates_nothing_after_it_and_one_attended_by_those_named_next() {
    check(
        "2025-05-19",
        "Marktheidenfeld – Eine Delegation um Bürgermeisterin Radka Vondráčková war am Freitag in den Spessart gereist. Die Urkunde war im Mai 2015 in Klatovy unterzeichnet worden. Am Abend empfing Bürgermeister Gernot Stadelmayer die Besucher im Rathaus.\n\nVorbereitet worden war das Jubiläum bei einem Treffen Anfang März in Klatovy. Damals hatten Stadelmayer und Vondráčková vereinbart, den Austausch auszubauen.",
        expect![[r#"
            time am Freitag = 2025-05-16
            time im Mai 2015 = 2015-05
            time Anfang März = 2025-03
            event visit [Radka Vondráčková] @Spessart 2025-05-16
            event meeting [Gernot Stadelmayer, Radka Vondráčková] @Spessart 2025-05-16
            event meeting [Gernot Stadelmayer, Radka Vondráčková] @Klatovy 2025-03
        "#]],
    );
}

#[test]
fn a_meeting_told_in_a_relative_clause_on_a_round_is_that_round() {
    check(
        "2025-11-20",
        "Die vierte Runde, zu der Dietmar Rauchegger, Astrid Wippel, Karin Hiebler und Manfred Jauk am 27. November in Deutschlandsberg zusammenkommen, soll die Entscheidung bringen.",
        expect![[r#"
            time am 27. November = 2025-11-27
            event meeting [Dietmar Rauchegger, Astrid Wippel, Karin Hiebler, Manfred Jauk] @Deutschlandsberg 2025-11-27
        "#]],
    );
}

#[test]
fn a_witness_a_committee_will_hear_meets_its_chair() {
    check(
        "2026-05-15",
        "München – Ausschussvorsitzender Maximilian Ober (CSU) sagte nach der Sitzung, die Aussagen widersprächen sich. Ober kündigte an, der Ausschuss werde Gesundheitsministerin Ulrike Dannhäuser am 11. Juni als Zeugin vernehmen.",
        expect![[r#"
            quote indirect Maximilian Ober (kündigte): der Ausschuss werde Gesundheitsministerin Ulrike Dannhäuser am 11. Juni als Zeugin vernehmen
            time am 11. Juni = 2026-06-11
            event meeting [Maximilian Ober, Ulrike Dannhäuser] @München 2026-06-11
        "#]],
    );
}

#[test]
fn the_eve_of_a_signing_is_the_day_before_it() {
    check(
        "2025-09-19",
        "Hallau (KB) – Gemeindepräsidentin Verena Gasser und der Bürgermeister von Koshu, Hideaki Morinaga, unterzeichneten am Mittwoch eine Vereinbarung. Die Delegation war am Montagabend in Zürich gelandet. Bereits am Vorabend der Unterzeichnung hatte sich Morinaga in Hallau mit Urs Wanner getroffen.",
        expect![[r#"
            time am Mittwoch = 2025-09-17
            time am Montagabend = 2025-09-15
            time am Vorabend = 2025-09-14
            event agreement [Verena Gasser, Hideaki Morinaga] @- 2025-09-17
            event meeting [Hideaki Morinaga, Urs Wanner] @Hallau 2025-09-16
        "#]],
    );
}

#[test]
fn the_two_had_talked_before() {
    check(
        "2025-04-10",
        "Am Freitag reist Ministerin Henrike Vossberg weiter nach Antwerpen. Dort ist ein Gespräch mit dem flämischen Wirtschaftsminister Wouter Vanderhaegen geplant. Die beiden hatten bereits Ende Januar in Düsseldorf über eine Pipeline gesprochen.",
        expect![[r#"
            time Am Freitag = 2025-04-11
            time bereits Ende Januar = 2025-01
            event meeting [Henrike Vossberg, Wouter Vanderhaegen] @Antwerpen 2025-04-11
            event meeting [Henrike Vossberg, Wouter Vanderhaegen] @Düsseldorf 2025-01
        "#]],
    );
}

#[test]
fn she_after_the_delegation_travelled_is_the_delegation() {
    check(
        "2025-09-18",
        "Eine Delegation aus Moldau ist seit Dienstag im Weinland zu Gast. Angeführt wird sie von Valeriu Ciobanu und von Vizeministerin Mariana Lungu. Am Dienstag empfing Gemeindepräsidentin Beatrice Ammann die Gäste. Gestern reiste die Delegation nach Winterthur weiter. Dort kam sie mit Regierungsrätin Claudia Stäheli zusammen.",
        expect![[r#"
            time seit Dienstag = 2025-09-16
            time Am Dienstag = 2025-09-16
            time Gestern = 2025-09-17
            event meeting [Beatrice Ammann, Valeriu Ciobanu, Mariana Lungu] @- 2025-09-16
            event meeting [Valeriu Ciobanu, Mariana Lungu, Claudia Stäheli] @Winterthur 2025-09-17
        "#]],
    );
}

#[test]
fn more_offices_speak_by_their_role() {
    check(
        "2024-09-27",
        "Bei der Unterzeichnung war auch Landesstatthalterin Ingrid Fetz anwesend. Die Landesstatthalterin sagte, die Vereinbarung sei ein Signal. Rektor Hoang Van Lan erklärte, man werde die Bewerber in Hanoi vorbereiten. Der Rektor fügte hinzu, das Programm beginne im Herbst.",
        expect![[r#"
            quote indirect Ingrid Fetz (sagte): die Vereinbarung sei ein Signal
            quote indirect Hoang Van Lan (erklärte): man werde die Bewerber in Hanoi vorbereiten
            quote indirect Hoang Van Lan (fügte): das Programm beginne im Herbst
            time im Herbst = 2024-FA
        "#]],
    );
}

#[test]
fn a_company_spokesman_speaks_for_the_company_named_last() {
    check(
        "2025-06-26",
        "Die Halvik AG baut in Kleve 200 Stellen ab. Man bedaure den Schritt, teilte ein Unternehmenssprecher mit. Über weitere Schritte sei noch nicht entschieden, sagte ein Konzernsprecher.",
        expect![[r#"
            quote indirect Halvik AG (teilte): Man bedaure den Schritt
            quote indirect - (sagte): Über weitere Schritte sei noch nicht entschieden
        "#]],
    );
}

#[test]
fn a_first_meeting_told_with_sein_dates_nothing_after_it() {
    check(
        "2026-02-19",
        "Mit militärischen Ehren ist Präsident Kwabena Mensah am Mittwoch in Wien empfangen worden. Bundespräsident Reinhold Ebner begrüßte ihn vor der Hofburg. Ebner und Mensah waren sich erstmals im vergangenen September in New York begegnet. Am Nachmittag kam Kanzlerin Christa Moser mit Mensah am Ballhausplatz zusammen.",
        expect![[r#"
            time am Mittwoch = 2026-02-18
            time September = 2025-09
            event meeting [Kwabena Mensah] @Wien 2026-02-18
            event meeting [Reinhold Ebner, Kwabena Mensah] @New York 2025-09
            event meeting [Christa Moser, Kwabena Mensah] @Ballhausplatz 2026-02-18
        "#]],
    );
}

#[test]
fn witnesses_heard_by_a_committee_in_other_words() {
    check(
        "2026-05-12",
        "Stuttgart – Klaus-Dieter Renz sagte am Montag vor den Abgeordneten aus, das Ministerium habe alles gewusst. Ausschussvorsitzende Petra Ungerer hielt ihm Widersprüche vor. Am Dienstag stellte sich Frank Seeburger den Fragen der Abgeordneten. Ungerer kündigte an, der Ausschuss werde am 9. Juni Verkehrsministerin Ulrike Kienzle befragen.",
        expect![[r#"
            quote indirect Klaus-Dieter Renz (sagte): das Ministerium habe alles gewusst
            quote indirect Petra Ungerer (kündigte): der Ausschuss werde am 9. Juni Verkehrsministerin Ulrike Kienzle befragen
            time am Montag = 2026-05-11
            time Am Dienstag = 2026-05-12
            time am 9. Juni = 2026-06-09
            event meeting [Petra Ungerer, Klaus-Dieter Renz] @Stuttgart 2026-05-11
            event meeting [Petra Ungerer, Frank Seeburger] @Stuttgart 2026-05-12
            event meeting [Petra Ungerer, Ulrike Kienzle] @Stuttgart 2026-06-09
        "#]],
    );
}

#[test]
fn the_four_ministers_and_a_talk_of_two_before_the_round() {
    check(
        "2024-09-13",
        "Lindau (AD) – Bei einem Treffen am Donnerstag in Lindau verständigten sich Bundesverkehrsminister Roland Trettenbach, seine österreichische Amtskollegin Elisabeth Tschiderer, die Schweizer Bundesrätin Corinne Jeanneret und Liechtensteins Regierungsrat Patrik Negele auf eine Erklärung. Bereits vor Beginn der Konferenz hatte Jeanneret mit Negele über die Regionalzüge gesprochen. Am Vorabend hatten die vier Minister in Lindau bei einem Abendessen zusammengesessen.",
        expect![[r#"
            time am Donnerstag = 2024-09-12
            time Am Vorabend = 2024-09-11
            event meeting [Roland Trettenbach, Elisabeth Tschiderer, Corinne Jeanneret, Patrik Negele] @Lindau 2024-09-12
            event meeting [Corinne Jeanneret, Patrik Negele] @Lindau 2024-09-12
            event meeting [Roland Trettenbach, Elisabeth Tschiderer, Corinne Jeanneret, Patrik Negele] @Lindau 2024-09-11
        "#]],
    );
}

#[test]
fn the_same_day_is_the_day_of_the_event_before() {
    check(
        "2026-04-22",
        "Wien – Am Dienstag traf die chilenische Präsidentin Camila Valdés mit Bundeskanzler Clemens Aigner zusammen. Am selben Tag kamen auch die Außenminister beider Länder zusammen: Joaquín Irarrázaval und seine Amtskollegin Brigitte Lanzinger sprachen über die Forschung.",
        expect![[r#"
            time Am Dienstag = 2026-04-21
            event meeting [Camila Valdés, Clemens Aigner] @Wien 2026-04-21
            event meeting [Joaquín Irarrázaval, Brigitte Lanzinger] @Wien 2026-04-21
        "#]],
    );
}

#[test]
fn coordinating_with_someone_is_a_talk() {
    check(
        "2025-02-06",
        "Innsbruck – Bundeskanzler Clemens Aigner telefonierte mit Italiens Premier Marco Bellandi. Landeshauptmann Georg Mattersberger sagte, er habe sich am Dienstag in Innsbruck mit dem Kanzler abgestimmt.",
        expect![[r#"
            quote indirect Georg Mattersberger (sagte): er habe sich am Dienstag in Innsbruck mit dem Kanzler abgestimmt
            time am Dienstag = 2025-02-04
            event call [Clemens Aigner, Marco Bellandi] @- -
            event meeting [Georg Mattersberger, Clemens Aigner] @Innsbruck 2025-02-04
        "#]],
    );
}

#[test]
fn a_round_ahead_is_of_the_negotiators_not_of_a_meeting_on_its_eve() {
    check(
        "2025-11-21",
        "Kempten (AD) – Im Tarifkonflikt bei der Hochgrat Molkerei ist die zweite Runde gescheitert. Verhandlungsführerin Verena Brugger von der Gewerkschaft sprach von einer Enttäuschung. Geschäftsführer Matthias Wiedemayr verteidigte das Angebot. Bereits in der ersten Runde am 23. Oktober in Immenstadt hatten sich Brugger und Wiedemayr kaum angenähert. Am Vorabend der zweiten Runde hatte sich Betriebsratschef Anton Hartlieb mit Vorstandschefin Gabriele Scheidegger getroffen. Die dritte Runde soll am 27. November in Memmingen stattfinden.",
        expect![[r#"
            time am 23. Oktober = 2025-10-23
            time Am Vorabend = 2025-11-20
            time am 27. November = 2025-11-27
            event meeting [Hochgrat Molkerei] @- -
            event meeting [Verena Brugger, Matthias Wiedemayr] @Immenstadt 2025-10-23
            event meeting [Anton Hartlieb, Gabriele Scheidegger] @- 2025-11-20
            event meeting [Verena Brugger, Matthias Wiedemayr] @Memmingen 2025-11-27
        "#]],
    );
}

#[test]
fn a_hearing_under_the_chair_of_a_member() {
    check(
        "2024-10-17",
        "Innsbruck – Unter dem Vorsitz der Abgeordneten Petra Zangerl (Grüne) befragte der Ausschuss am Mittwoch den früheren Landesrat Josef Wechner. Heute musste Managerin Karin Pirchmoser vor dem Ausschuss aussagen. Zangerl kündigte an, der Ausschuss werde am 7. November Bezirkshauptmann Gerold Pfister befragen.",
        expect![[r#"
            quote indirect Petra Zangerl (kündigte): der Ausschuss werde am 7. November Bezirkshauptmann Gerold Pfister befragen
            time am Mittwoch = 2024-10-16
            time Heute = 2024-10-17
            time am 7. November = 2024-11-07
            event meeting [Petra Zangerl, Josef Wechner] @Innsbruck 2024-10-16
            event meeting [Petra Zangerl, Karin Pirchmoser] @Innsbruck 2024-10-17
            event meeting [Petra Zangerl, Gerold Pfister] @Innsbruck 2024-11-07
        "#]],
    );
}

#[test]
fn a_committee_with_no_chair_named_hears_its_witness_itself() {
    check(
        "2026-03-10",
        "Zürich – Die Geschäftsprüfungskommission (GPK) hat am Montag den früheren Projektleiter Hans-Peter Wegmann befragt. Am 23. März will die GPK Regierungsrätin Sandra Küng befragen.",
        expect![[r#"
            time am Montag = 2026-03-09
            time Am 23. März = 2026-03-23
            event meeting [Geschäftsprüfungskommission, Hans-Peter Wegmann] @Zürich 2026-03-09
        "#]],
    );
}

#[test]
fn the_countries_a_summit_or_round_speaks_of_are_the_ones_listed_together() {
    // `der drei Länder` are the three countries named as one list, even when
    // another country is named as often; `im Gespräch bleiben` is no meeting.
    check(
        "2025-06-10",
        "Riga – Die Außenminister Lettlands, Litauens und Estlands haben am Montag in Riga über die Ostsee beraten. Russland stand dabei im Mittelpunkt, Russland bleibe eine Gefahr. Ein Gipfeltreffen der Regierungschefs der drei Länder soll Ende September in Vilnius stattfinden. Der Historiker Aivars Ozols sagte, die Nachbarn blieben miteinander im Gespräch.",
        expect![[r#"
            time am Montag = 2025-06-09
            time Ende September = 2025-09
            event meeting [Lettland, Litauen, Estland] @Riga 2025-06-09
            event meeting [Lettland, Litauen, Estland] @Vilnius 2025-09
        "#]],
    );
}

#[test]
fn the_ministers_of_the_countries_are_those_named_in_the_next_sentence() {
    // `die Außenminister der drei Länder`: the minister and her colleagues,
    // named in the sentence after, not the countries.
    check(
        "2025-10-09",
        "Passau – Am Dienstag hatten sich die Außenminister der drei Länder in Linz zu einem Arbeitsessen getroffen. Außenministerin Hanna Rothkegel, ihr österreichischer Kollege Florian Wiesinger und der tschechische Chefdiplomat Pavel Kratochvíl bereiteten dabei die Erklärung vor. Die nächsten Regierungskonsultationen zwischen Deutschland und Österreich sind für den 3. Dezember geplant.",
        expect![[r#"
            time Am Dienstag = 2025-10-07
            time für den 3. Dezember = 2025-12-03
            event meeting [Hanna Rothkegel, Florian Wiesinger, Pavel Kratochvíl] @Linz 2025-10-07
            event meeting [Deutschland, Österreich] @Passau 2025-12-03
        "#]],
    );
}

#[test]
fn a_part_of_a_day_is_of_the_day_told_not_of_a_month_told_after_it() {
    // `Bei dieser Gelegenheit`: at the visit of the sentence before, even one
    // told as earlier; `Bereits am Vormittag` goes back past that month to the
    // day of the signing.
    check(
        "2025-05-17",
        "Weiz. Bürgermeisterin Ines Trummer und ihr slowenischer Amtskollege Janez Kovač unterzeichneten die Urkunde am Freitag im Rathaus. Den Anstoß hatte ein Besuch Trummers in Ptuj im März 2023 gegeben. Bei dieser Gelegenheit war sie erstmals mit Kovač zusammengetroffen.\n\nBereits am Vormittag hatte Bezirkshauptfrau Gudrun Pichler Kovač und seine Delegation in ihrem Amtssitz empfangen.",
        expect![[r#"
            time am Freitag = 2025-05-16
            time im März 2023 = 2023-03
            event agreement [Ines Trummer, Janez Kovač] @- 2025-05-16
            event visit [Ines Trummer] @Ptuj 2023-03
            event meeting [Ines Trummer, Janez Kovač] @Ptuj 2023-03
            event meeting [Gudrun Pichler, Janez Kovač] @- 2025-05-16
        "#]],
    );
}

#[test]
fn who_sat_at_the_negotiating_table_and_rounds_told_with_one_side() {
    // The round of the union and the management is of those who sat at the
    // table, told two sentences on; a dated round told with one side is the
    // negotiators'; `nachdem X ein Angebot verlangt hatte` does not make the
    // round a demand; `bei diesem Treffen` is the round told before; `Dann`
    // is at the round ahead.
    check(
        "2025-11-06",
        "Gotha – Auch die dritte Verhandlungsrunde zwischen der Geschäftsführung und der Gewerkschaft NGG ist am Mittwoch ohne Ergebnis geblieben. Die Gewerkschaft fordert sechs Prozent mehr Lohn. Am Verhandlungstisch saßen NGG-Verhandlungsführerin Ute Brandis und Geschäftsführer Kai Ohlendorf. Die zweite Runde am 9. Oktober in Erfurt hatte Ohlendorf abgebrochen, nachdem Brandis ein schriftliches Angebot verlangt hatte. Brandis hatte Ohlendorf bei diesem Treffen Wortbruch vorgeworfen. Die vierte Runde findet am 20. November in Eisenach statt. Dann sollen Brandis und Ohlendorf erneut am Verhandlungstisch sitzen.",
        expect![[r#"
            time am Mittwoch = 2025-11-05
            time am 9. Oktober = 2025-10-09
            time am 20. November = 2025-11-20
            event meeting [Ute Brandis, Kai Ohlendorf] @Gotha 2025-11-05
            event meeting [Kai Ohlendorf, Ute Brandis] @Erfurt 2025-10-09
            event meeting [Kai Ohlendorf, Ute Brandis] @Eisenach 2025-11-20
        "#]],
    );
}

#[test]
fn a_cue_in_the_perfect_and_a_spokesman_named_after_a_genitive() {
    // `„…“, hatte X gesagt` names its speaker, and keeps a second quote with
    // its own such cue apart; `teilte Ys Sprecher Z mit` is Z speaking.
    check(
        "2025-04-10",
        "Wien. Kanzler Leopold Zisser telefonierte am Mittwoch mit Gábor Vasváry. Die Geduld sei am Ende, teilte Vasvárys Sprecher Ákos Mérey in Budapest mit. Bereits im März hatten sich Ministerin Andrea Kainz-Moser und Staatssekretär Péter Somlyai getroffen. »Schaum ist ein Warnsignal«, hatte Somlyai bei diesem Treffen gesagt. »Es reicht«, hatte er betont.",
        expect![[r#"
            quote indirect Ákos Mérey (teilte): Die Geduld sei am Ende
            quote direct Péter Somlyai (gesagt): Schaum ist ein Warnsignal
            quote direct Péter Somlyai (betont): Es reicht
            time am Mittwoch = 2025-04-09
            time im März = 2025-03
            event call [Leopold Zisser, Gábor Vasváry] @- 2025-04-09
            event meeting [Andrea Kainz-Moser, Péter Somlyai] @Wien 2025-03
        "#]],
    );
}

#[test]
fn a_chair_who_leads_the_hearing_and_witnesses_who_answer() {
    // `Den Vorsitz führte X` names the chair; `Rede und Antwort stehen` is a
    // hearing ahead; meetings denied (`bestritten, dass es … Treffen gegeben
    // habe`) are none.
    check(
        "2024-11-27",
        "Graz. Im Untersuchungsausschuss des Landtags hat der Bauunternehmer Herbert Glatzl am Montag ausgesagt. Den Vorsitz führte Karin Lendl-Strobl. Glatzl hatte bestritten, dass es weitere private Treffen mit Landesrat Gottfried Pairitsch gegeben habe. Am 10. Dezember muss Landeshauptmann Bernhard Kulmer dem Ausschuss Rede und Antwort stehen.",
        expect![[r#"
            quote indirect Herbert Glatzl (-): es weitere private Treffen mit Landesrat Gottfried Pairitsch gegeben habe
            time am Montag = 2024-11-25
            time Am 10. Dezember = 2024-12-10
            event meeting [Karin Lendl-Strobl, Herbert Glatzl] @Graz 2024-11-25
            event meeting [Karin Lendl-Strobl, Bernhard Kulmer] @Graz 2024-12-10
        "#]],
    );
}

#[test]
fn signatures_set_under_a_contract_and_a_swiss_dinner() {
    check(
        "2025-11-20",
        "Lubmin – Firmenchefin Dörte Massow und Vorstandschef Mikkel Brandstrup setzten am Mittwoch ihre Unterschriften unter den Vertrag. Am Vorabend hatte Massow die Gäste um Brandstrup zu einem Nachtessen in Greifswald geladen.",
        expect![[r#"
            time am Mittwoch = 2025-11-19
            time Am Vorabend = 2025-11-18
            event agreement [Dörte Massow, Mikkel Brandstrup] @- 2025-11-19
            event meeting [Dörte Massow, Mikkel Brandstrup] @Greifswald 2025-11-18
        "#]],
    );
}

#[test]
fn meanwhile_is_not_the_day_of_what_someone_said() {
    // `Parallel dazu` takes the day of the talks, not the month named in what
    // the president said in the sentence before.
    check(
        "2025-10-22",
        "Bern. Bundespräsidentin Annemarie Gfeller hat gestern den estnischen Staatspräsidenten Priit Vahtramäe empfangen. Gfeller verwies darauf, dass der Bundesrat erst im September weitere Hilfe beschlossen habe. Parallel dazu trafen sich Wirtschaftsminister Lorenz Amstutz und die estnische Wirtschaftsministerin Kristiina Raudsepp.",
        expect![[r#"
            quote indirect Annemarie Gfeller (verwies): der Bundesrat erst im September weitere Hilfe beschlossen habe
            time gestern = 2025-10-21
            time im September = 2025-09
            event meeting [Annemarie Gfeller, Priit Vahtramäe] @Bern 2025-10-21
            event meeting [Lorenz Amstutz, Kristiina Raudsepp] @Bern 2025-10-21
        "#]],
    );
}

#[test]
fn a_delegation_sent_by_a_company_and_a_journey_to_meet_someone() {
    // The company that sends a delegation is no party of its visit; `reisen X
    // und Y nach Osaka, um dort mit Z … zu bestellen` is a meeting there.
    check(
        "2024-09-04",
        "Thun. Im Juni reiste eine Delegation von Kaneshiro Instruments unter der Leitung von Vizepräsidentin Yuko Matsuda nach Thun. Mitte November reisen Firmenchefin Andrea Blaser-Ruch und Finanzchef Martin Aebi nach Osaka, um dort mit Hiroki Sakuraba und Matsuda den Verwaltungsrat zu bestellen.",
        expect![[r#"
            time Im Juni = 2024-06
            time Mitte November = 2024-11
            event visit [Yuko Matsuda] @Thun 2024-06
            event meeting [Andrea Blaser-Ruch, Martin Aebi, Hiroki Sakuraba, Yuko Matsuda] @Osaka 2024-11
        "#]],
    );
}

#[test]
fn two_who_ran_into_each_other() {
    check(
        "2025-09-10",
        "Duderstadt – Erstmals waren Katharina Wüstefeld und Kenji Hatanaka im November 2023 am Rande einer Fachmesse in Düsseldorf aufeinandergetroffen.",
        expect![[r#"
            time im November 2023 = 2023-11
            event meeting [Katharina Wüstefeld, Kenji Hatanaka] @Düsseldorf 2023-11
        "#]],
    );
}

#[test]
fn the_stops_of_a_ministers_trip() {
    // `die Ministerin` is the foreign minister, not the vice prime minister
    // quoted last; `X treffen und anschließend mit Y sprechen` are two
    // meetings; `Manila, wo ein Treffen … geplant ist` is there, on the Sunday ahead.
    check(
        "2025-03-14",
        "Hanoi – Bundesaußenministerin Henrike Sommerfeld war am Vorabend mit Vizepremierministerin Tran Thi Minh Thu zusammengetroffen. \"Wir wollen mehr\", sagte die Vizepremierministerin. Heute reist die Ministerin nach Jakarta weiter. Dort will sie am Samstag die indonesische Außenministerin Sri Wahyuni Prasetyo treffen und anschließend mit dem Generalsekretär Arief Kurniawan sprechen. Letzte Station der Reise ist am Sonntag Manila, wo ein Treffen mit dem Außenminister Ramon Villanueva geplant ist.",
        expect![[r#"
            quote direct Tran Thi Minh Thu (sagte): Wir wollen mehr
            time am Vorabend = 2025-03-13
            time Heute = 2025-03-14
            time am Samstag = 2025-03-15
            time am Sonntag = 2025-03-16
            event meeting [Henrike Sommerfeld, Tran Thi Minh Thu] @Hanoi 2025-03-13
            event meeting [Henrike Sommerfeld, Sri Wahyuni Prasetyo] @Jakarta 2025-03-15
            event meeting [Henrike Sommerfeld, Arief Kurniawan] @Jakarta 2025-03-15
            event meeting [Henrike Sommerfeld, Ramon Villanueva] @Manila 2025-03-16
        "#]],
    );
}

#[test]
fn a_talk_that_follows_is_the_guests() {
    // `Am Nachmittag folgte ein Arbeitsgespräch mit Y` after the host welcomed
    // the guest: the guest, the one the report names most, talks with Y.
    check(
        "2025-06-12",
        "Wien. Bundespräsident Reinhold Strohmayer-Kainz begrüßte die ghanaische Präsidentin Abena Owusu-Mensah am Mittwoch auf dem Heldenplatz. Owusu-Mensah dankte für den Empfang. Am Nachmittag folgte im Bundeskanzleramt ein Arbeitsgespräch mit Bundeskanzlerin Margarethe Ebenführer. Owusu-Mensah sprach danach von einem guten Tag.",
        expect![[r#"
            time am Mittwoch = 2025-06-11
            event meeting [Reinhold Strohmayer-Kainz, Abena Owusu-Mensah] @Wien 2025-06-11
            event meeting [Abena Owusu-Mensah, Margarethe Ebenführer] @Wien 2025-06-11
        "#]],
    );
}

#[test]
fn a_journey_to_prepare_something_with_someone() {
    check(
        "2025-09-24",
        "Wien. Im November will Firmenchefin Elisabeth Lindenthaler nach Duschanbe reisen, um mit Farrukh Rahimzoda den Baubeginn vorzubereiten.",
        expect![[r#"
            time Im November = 2025-11
            event meeting [Elisabeth Lindenthaler, Farrukh Rahimzoda] @Duschanbe 2025-11
        "#]],
    );
}

#[test]
fn a_call_of_the_summits_day_is_not_the_summit() {
    // The three who met at the summit also called a fourth that morning: the
    // call is not the gathering, which stays a meeting of its own.
    check(
        "2026-02-27",
        "Weimar – Darauf verständigten sich Bundeskanzler Ulrich Brandhorst, die französische Präsidentin Élise Marchand und der polnische Ministerpräsident Tomasz Wierzbicki gestern bei einem Gipfeltreffen in Weimar. Bereits am Vormittag hatten die drei gemeinsam mit dem ukrainischen Ministerpräsidenten Oleksandr Hrytsenko telefoniert.",
        expect![[r#"
            time gestern = 2026-02-26
            event meeting [Ulrich Brandhorst, Élise Marchand, Tomasz Wierzbicki] @Weimar 2026-02-26
            event call [Oleksandr Hrytsenko, Ulrich Brandhorst, Élise Marchand, Tomasz Wierzbicki] @- 2026-02-26
        "#]],
    );
}

#[test]
fn a_dinner_given_over_an_adjective_is_a_meal_not_an_invitation() {
    check(
        "2025-11-14",
        "Genf – Am Mittwochabend lud Botschafterin Corinne Wyss-Landolt die Vorsitzende Wanjiru Kamau und die Unterhändlerin Renata Albuquerque Prado zu einem informellen Abendessen in ihre Residenz ein.",
        expect![[r#"
            time Am Mittwochabend = 2025-11-12
            event meeting [Corinne Wyss-Landolt, Wanjiru Kamau, Renata Albuquerque Prado] @Genf 2025-11-12
        "#]],
    );
}

#[test]
fn counted_colleagues_named_in_the_next_sentence_and_a_return_visit() {
    check(
        "2025-05-15",
        "Belgrad. Am Montag empfing Außenminister Nenad Đurić seine Amtskollegin Theresa Kranewitter. Tags darauf war die Ministerin in Pristina zu Gast bei Außenministerin Valdete Gashi.\n\nAm Mittwoch kam Kranewitter in Skopje gleich mit zwei Amtskollegen zusammen. Bei einem Arbeitsfrühstück mit dem Außenminister Bojan Trajkovski und der Außenministerin Elira Çela ging es um eine Bahnstrecke.\n\nĐurić wird am 3. Juni zum Gegenbesuch in Wien erwartet.",
        expect![[r#"
            time Am Montag = 2025-05-12
            time Tags darauf = 2025-05-13
            time Am Mittwoch = 2025-05-14
            time am 3. Juni = 2025-06-03
            event meeting [Nenad Đurić, Theresa Kranewitter] @- 2025-05-12
            event meeting [Theresa Kranewitter, Valdete Gashi] @Pristina 2025-05-13
            event meeting [Theresa Kranewitter, Bojan Trajkovski, Elira Çela] @Skopje 2025-05-14
            event visit [Nenad Đurić, Theresa Kranewitter] @Wien 2025-06-03
        "#]],
    );
}

#[test]
fn a_dinner_of_the_two_named_before_and_a_failed_meeting() {
    check(
        "2025-12-05",
        "OPEC lässt Quoten unverändert – Treffen mit Nigeria geplatzt\n\nWien. Der irakische Ölminister Hayder al-Saadi kam nach Wien. Der saudische Energieminister Faisal Al-Mansour auch.\n\nDie Weichen hatten Al-Mansour und sein irakischer Amtskollege am Vorabend der Konferenz gestellt. Bei einem Abendessen in einem Hotel ging es um die Quote des Irak.",
        expect![[r#"
            time am Vorabend = 2025-12-04
            event meeting [Faisal Al-Mansour, Hayder al-Saadi] @Wien 2025-12-04
        "#]],
    );
}

#[test]
fn delegations_facing_each_other_a_weekday_after_and_a_call_by_picking_up_the_phone() {
    check(
        "2027-10-22",
        "Hannover. Den Auftakt hatten die drei Parteien am Montag vergangener Woche gemacht. Im Tagungshotel saßen sich die Delegationen erstmals gegenüber: für die DM Frauke Heidemann und Lennart Bojanowski, für die FBL Gerold Timmermann. Am Mittwoch darauf berieten Bojanowski und Timmermann im Landtag.\n\nUm die Gespräche zu retten, griff Heidemann am Montag zum Telefon. Nach dem Gespräch mit Timmermann habe man sich verständigt, teilte die FBL mit.",
        expect![[r#"
            quote indirect FBL (teilte): Nach dem Gespräch mit Timmermann habe man sich verständigt
            time am Montag vergangener Woche = 2027-10-11
            time Am Mittwoch darauf = 2027-10-13
            time am Montag = 2027-10-18
            event meeting [Frauke Heidemann, Lennart Bojanowski, Gerold Timmermann] @- 2027-10-11
            event meeting [Lennart Bojanowski, Gerold Timmermann] @- 2027-10-13
            event call [Frauke Heidemann, Gerold Timmermann] @- 2027-10-18
        "#]],
    );
}

#[test]
fn a_two_day_meeting_that_ended_began_the_day_before_and_a_first_encounter_is_no_new_one() {
    check(
        "2025-06-25",
        "Den Haag. Der Nato-Gipfel in Den Haag ist mit einer Erklärung zu Ende gegangen. Für Bundeskanzler Ansgar Vollrath war das zweitägige Treffen, an dem auch US-Präsident Raymond Calloway und Präsident Bartłomiej Nowacki teilnahmen, eine Gelegenheit für Gespräche.\n\nZum Auftakt am Dienstag empfing Generalsekretärin Anneli Mäkinen den Kanzler.\n\nAm Nachmittag kam Vollrath mit Calloway zusammen. Es war die erste persönliche Begegnung der beiden seit Calloways Amtsantritt im Januar.",
        expect![[r#"
            time am Dienstag = 2025-06-24
            time im Januar = 2025-01
            event meeting [Ansgar Vollrath, Raymond Calloway, Bartłomiej Nowacki, Anneli Mäkinen] @Den Haag 2025-06-24
            event meeting [Ansgar Vollrath, Raymond Calloway, Bartłomiej Nowacki] @- 2025-06-24
            event meeting [Ansgar Vollrath] @- 2025-06-24
            event meeting [Anneli Mäkinen, Ansgar Vollrath] @- 2025-06-24
            event meeting [Ansgar Vollrath, Raymond Calloway] @- 2025-06-24
        "#]],
    );
}

#[test]
fn a_governor_a_company_statement_and_an_announcement_in_the_perfect() {
    check(
        "2025-11-20",
        "Linz. Der Stahlkonzern Traunstahl hat am Montag den Abbau angekündigt. Grund seien die hohen Energiekosten, hieß es in einer Aussendung des Unternehmens.\n\nAm Mittwochabend war Konzernchefin Katarina Böhm bei Landeshauptmann Bernhard Aichinger in Linz zu Gast. Der Landeshauptmann sicherte nach dem Gespräch zu, dass das Land eine Arbeitsstiftung mitfinanziere.",
        expect![[r#"
            quote indirect Traunstahl (hieß): Grund seien die hohen Energiekosten
            quote indirect Bernhard Aichinger (sicherte): das Land eine Arbeitsstiftung mitfinanziere
            time am Montag = 2025-11-17
            time Am Mittwochabend = 2025-11-19
            event meeting [Katarina Böhm, Bernhard Aichinger] @Linz 2025-11-19
        "#]],
    );
}

#[test]
fn an_arrival_whose_clause_ends_before_a_relative_clause() {
    check(
        "2025-05-16",
        "Seoul. Bundeswirtschaftsminister Torsten Ahlgrimm besuchte Osaka. Am Donnerstag traf der Minister in Seoul ein, wo er mit Handelsministerin Seo Min-ji über Lieferketten beriet.",
        expect![[r#"
            time Am Donnerstag = 2025-05-15
            event visit [Torsten Ahlgrimm] @Seoul 2025-05-15
            event meeting [Torsten Ahlgrimm, Seo Min-ji] @Seoul 2025-05-15
        "#]],
    );
}

#[test]
fn a_joint_tour_a_dinner_with_its_guests_and_no_place_from_a_promised_visit() {
    check(
        "2025-10-09",
        "Berlin. Am Dienstag führte Präsident Han Seung-woo Gespräche mit Bundeskanzler Lorenz Hagedorn. Hagedorn nahm die Einladung seines Gastes zu einem Gegenbesuch in Seoul im kommenden Frühjahr an.\n\nAm Abend lud die Botschafterin Yoon Hye-jin zu einem Abendessen in ihre Residenz. Zu Gast bei ihr und dem Präsidenten war auch Bundestagspräsidentin Margarethe Voßkamp.\n\nTags darauf besichtigte Han in Bitterfeld-Wolfen gemeinsam mit Ministerpräsident Sven Ahlfeldt das Batteriezellwerk.",
        expect![[r#"
            time Am Dienstag = 2025-10-07
            time im kommenden Frühjahr = 2026-SP
            time Tags darauf = 2025-10-08
            event meeting [Han Seung-woo, Lorenz Hagedorn] @- 2025-10-07
            event visit [Lorenz Hagedorn, Han Seung-woo] @Seoul -
            event meeting [Han Seung-woo, Yoon Hye-jin, Margarethe Voßkamp] @- 2025-10-07
            event meeting [Han Seung-woo, Sven Ahlfeldt] @Bitterfeld-Wolfen 2025-10-08
        "#]],
    );
}

#[test]
fn a_role_after_two_holders_named_together_is_the_protagonist_else_the_one_named_last() {
    check(
        "2025-03-10",
        "Santiago. Der chilenische Präsident Tomás Ibarra Lagos ist zu einem Staatsbesuch in Peru eingetroffen. Ibarra sprach von einer neuen Partnerschaft. Ibarra und Perus Präsident Julio Cárcamo waren sich bereits im Herbst in Lima begegnet. Zum Abschluss reist der Präsident am Mittwoch nach Quito, wo er mit Präsidentin Ana Solís zusammentreffen will.\n\nAm Montag kam Wirtschaftsminister Rafael Montt in Lima mit Handelsministerin Inés Godoy zusammen, an den Beratungen nahm auch Umweltministerin Paula Rivas teil. Die Ministerin sagte, der Wald müsse geschützt werden.",
        expect![[r#"
            quote indirect Paula Rivas (sagte): der Wald müsse geschützt werden
            time im Herbst = 2024-FA
            time am Mittwoch = 2025-03-12
            time Am Montag = 2025-03-10
            event visit [Tomás Ibarra Lagos] @Peru -
            event meeting [Tomás Ibarra Lagos, Julio Cárcamo] @Lima -
            event meeting [Tomás Ibarra Lagos, Ana Solís] @Quito 2025-03-12
            event meeting [Rafael Montt, Inés Godoy, Paula Rivas] @Lima 2025-03-10
        "#]],
    );
}

#[test]
fn a_day_after_counts_from_the_story_not_from_old_background_in_the_pluperfect() {
    check(
        "2024-09",
        "Vientiane. Am Dienstag traf Wirtschaftsminister Urs Bärlocher seinen laotischen Amtskollegen Somsak Phommavong. Das Parlament hatte das Abkommen am 7. März 2021 nur knapp angenommen. Tags darauf führte Bärlocher Gespräche mit der thailändischen Handelsministerin Ratana Srisuk.",
        expect![[r#"
            time Am Dienstag = 2024-09
            time am 7. März 2021 = 2021-03-07
            time Tags darauf = 2024-09
            event meeting [Urs Bärlocher, Somsak Phommavong] @Vientiane 2024-09
            event meeting [Urs Bärlocher, Ratana Srisuk] @Vientiane 2024-09
        "#]],
    );
}

#[test]
fn a_since_in_a_relative_clause_does_not_date_the_meeting_but_since_as_does() {
    check(
        "2025-05-14",
        "Wien. Am Dienstag empfing Bundespräsident Leopold Aichhorn die chilenische Präsidentin Inés Vidal. Beim Mittagessen mit Bundeskanzler Georg Pirker ging es um das Abkommen, das seit Februar angewendet wird. Es war ihre erste Begegnung seit Anfang April, als ein Treffen von Pirker und Vidal in Madrid ohne Einigung geendet hatte.",
        expect![[r#"
            time Am Dienstag = 2025-05-13
            time seit Februar = 2025-02
            time seit Anfang April = 2025-04
            event meeting [Leopold Aichhorn, Inés Vidal] @Wien 2025-05-13
            event meeting [Inés Vidal, Georg Pirker] @Wien 2025-05-13
            event meeting [Georg Pirker, Inés Vidal] @Madrid 2025-04
        "#]],
    );
}

#[test]
fn a_meeting_planned_with_one_named_is_with_the_one_expected_there() {
    check(
        "2024-10-18",
        "Brüssel. Bundeskanzler Florian Achenbach traf am Donnerstag den französischen Präsidenten Étienne Marchal. Ratspräsident Tomás Carrilho wird in der kommenden Woche in Berlin erwartet. Am Mittwoch ist im Kanzleramt ein Treffen mit Achenbach geplant.",
        expect![[r#"
            time am Donnerstag = 2024-10-17
            time in der kommenden Woche = 2024-W43
            time Am Mittwoch = 2024-10-23
            event meeting [Florian Achenbach, Étienne Marchal] @Brüssel 2024-10-17
            event meeting [Tomás Carrilho, Florian Achenbach] @Berlin 2024-10-23
        "#]],
    );
}

#[test]
fn a_sentence_opening_with_their_meeting_tells_it_and_merges_with_one_told_before() {
    check(
        "2024-10-18",
        "Brüssel. Bundeskanzler Florian Achenbach nahm am Gipfel teil.\n\nBei ihrem Treffen am Rande des Gipfels verständigten sich Achenbach und die italienische Ministerpräsidentin Chiara Benedetti am Donnerstag auf eine Initiative.\n\nAm Mittwoch traf Achenbach den Präsidenten Janusz Wolak. Bei ihrem Treffen am Rande des Gipfels ging es um Munition.",
        expect![[r#"
            time am Donnerstag = 2024-10-17
            time Am Mittwoch = 2024-10-16
            event meeting [Florian Achenbach, Chiara Benedetti, Janusz Wolak] @- 2024-10-17
            event meeting [Florian Achenbach, Chiara Benedetti] @- 2024-10-17
            event meeting [Florian Achenbach, Janusz Wolak] @- 2024-10-16
        "#]],
    );
}

#[test]
fn the_source_of_a_report_named_with_her_office_is_no_party() {
    check(
        "2025-05-14",
        "Berlin. Kanzlerin Dorothea Kielmann hat mit dem ägyptischen Präsidenten Hisham Abdel-Ghaffar telefoniert. Nach Angaben von Regierungssprecherin Miriam Sendler vereinbarten die Kanzlerin und der Präsident, die Korridore auszuweiten.",
        expect![[r#"
            quote indirect Miriam Sendler (Nach): vereinbarten die Kanzlerin und der Präsident, die Korridore auszuweiten
            event call [Dorothea Kielmann, Hisham Abdel-Ghaffar] @- -
        "#]],
    );
}

#[test]
fn a_meeting_with_one_named_is_the_protagonists_of_the_event_before_and_a_guest_is_the_visitor() {
    check(
        "2025-11-13",
        "Tokio. Bundesrat Reto Gisler ist in Japan eingetroffen. Gisler sprach von einer Chance. Im Gespräch mit seiner Amtskollegin Aiko Tanabe ging es um Halbleiter. Tanabe, die Gisler bereits im Juni in Paris getroffen hatte, lobte die Schweiz. Am Freitag ist zum Abschluss ein Treffen mit Premierminister Hiroshi Kuwabara geplant.\n\nIm März hatte Kuwabara die Stadt Basel besucht und dort Gisler getroffen. Damals empfing auch Regierungsrat Lukas Ryhiner den Gast aus Osaka. Mit Gisler hatte der Japaner zuvor telefoniert.",
        expect![[r#"
            time im Juni = 2025-06
            time Am Freitag = 2025-11-14
            time Im März = 2025-03
            event visit [Reto Gisler] @Japan -
            event meeting [Reto Gisler, Aiko Tanabe] @- -
            event meeting [Aiko Tanabe, Reto Gisler] @Paris 2025-06
            event meeting [Reto Gisler, Hiroshi Kuwabara] @- 2025-11-14
            event meeting [Hiroshi Kuwabara, Reto Gisler] @- 2025-03
            event meeting [Hiroshi Kuwabara, Lukas Ryhiner] @- 2025-03
            event call [Hiroshi Kuwabara, Reto Gisler] @- 2025-03
        "#]],
    );
}

#[test]
fn a_relative_clause_on_the_subject_before_the_verb_is_no_reported_clause() {
    check(
        "2025-11-13",
        "Tokio. Kuwabara, der Gisler seit Jahren kennt, kritisierte die Regierung. Der Minister verteile Zusagen, die der Haushalt nicht decke, sagte die Abgeordnete Birte Jansen.",
        expect![[r#"
            quote indirect Birte Jansen (sagte): Der Minister verteile Zusagen, die der Haushalt nicht decke
            time seit Jahren = null
        "#]],
    );
}

#[test]
fn a_first_round_between_delegations_and_several_who_want_to_negotiate_are_meetings() {
    check(
        "2026-02-12",
        "Regensburg. Eine erste Runde zwischen den Delegationen unter Leitung von Cornelia Rautenberg und Yoon Sang-cheol hatte Anfang Oktober in Regensburg stattgefunden.\n\nAm Montag wollen Rautenberg, Betriebsratschef Stefan Pongratz und die Bezirksleiterin der IG Metall, Birgit Lechner, in Straubing über einen Tarifvertrag verhandeln. Man wolle weiter verhandeln, sagte Pongratz.",
        expect![[r#"
            quote indirect Stefan Pongratz (sagte): Man wolle weiter verhandeln
            time Anfang Oktober = 2025-10
            time Am Montag = 2026-02-16
            event meeting [Cornelia Rautenberg, Yoon Sang-cheol] @Regensburg 2025-10
            event meeting [Cornelia Rautenberg, Stefan Pongratz, Birgit Lechner] @Straubing 2026-02-16
        "#]],
    );
}

#[test]
fn an_unnamed_office_as_object_is_the_person_the_next_sentence_introduces() {
    check(
        "2024-11-27",
        "Doha. Bundeskanzler Clemens Haidvogl traf am Dienstag den Investitionsminister Fahd bin Saleh Al Harbi. Am heutigen Mittwoch steht ein Gespräch mit dem Energieminister des Emirats auf dem Programm. Nasser bin Hamad Al Marri gilt als einflussreich.",
        expect![[r#"
            time am Dienstag = 2024-11-26
            time Mittwoch = 2024-11-27
            event meeting [Clemens Haidvogl, Fahd bin Saleh Al Harbi] @Doha 2024-11-26
            event meeting [Clemens Haidvogl, Nasser bin Hamad Al Marri] @Doha 2024-11-27
        "#]],
    );
}

#[test]
fn a_meeting_with_no_subject_after_someone_just_quoted_is_theirs() {
    check(
        "2026-02-11",
        "Kematen. Wirtschaftsminister Andreas Wögerbauer und der Investor Rajiv Khandelwal hatten vergangene Woche in Wien beraten. Betriebsratsvorsitzender Manfred Kronsteiner kündigte Widerstand an. »Wir haben schon zwei Eigentümerwechsel erlebt«, sagte er. Am Dienstag ist in Kematen ein Treffen mit Khandelwal geplant.",
        expect![[r#"
            quote direct Manfred Kronsteiner (sagte): Wir haben schon zwei Eigentümerwechsel erlebt
            time vergangene Woche = 2026-W06
            time Am Dienstag = 2026-02-17
            event meeting [Andreas Wögerbauer, Rajiv Khandelwal] @Wien 2026-02
            event meeting [Manfred Kronsteiner, Rajiv Khandelwal] @Kematen 2026-02-17
        "#]],
    );
}

#[test]
fn a_body_or_place_in_what_they_talked_about_is_no_party_and_no_venue() {
    check(
        "2026-03-18",
        "Berlin. Außenministerin Claire Dubreuil und Verteidigungsminister Fabian Kortmann berieten am Dienstag über die Lage im Sahel. Die Minister der Nachbarstaaten haben in Ohrid über den Erweiterungsprozess der Europäischen Union beraten.",
        expect![[r#"
            time am Dienstag = 2026-03-17
            event meeting [Claire Dubreuil, Fabian Kortmann] @Berlin 2026-03-17
        "#]],
    );
}

#[test]
fn a_host_joins_the_meeting_and_both_are_the_one_just_quoted_and_her_counterpart() {
    check(
        "2025-09-16",
        "Genf. Die Delegationen unter Leitung des Vizeaussenministers Rafael Contreras und der Aussenministerin Sharda Ramsaroop kamen am Montag in Genf zusammen. Gastgeberin war die Sonderbeauftragte Corinne Vuilleumier.\n\nContreras, mit dem Vuilleumier am Vortag zu einem Gespräch zusammengekommen war, sprach von einem Schritt.\n\nRamsaroop betonte, dass Guyana das Urteil abwarten werde. «Die Grenze ist festgelegt», sagte die Ministerin. Beide hatten sich zuletzt im März 2024 in Brasília getroffen.",
        expect![[r#"
            quote indirect Sharda Ramsaroop (betonte): Guyana das Urteil abwarten werde
            quote direct Sharda Ramsaroop (sagte): Die Grenze ist festgelegt
            time am Montag = 2025-09-15
            time am Vortag = 2025-09-14
            time im März 2024 = 2024-03
            event meeting [Rafael Contreras, Sharda Ramsaroop, Corinne Vuilleumier] @Genf 2025-09-15
            event meeting [Rafael Contreras, Corinne Vuilleumier] @- 2025-09-14
            event meeting [Sharda Ramsaroop, Rafael Contreras] @Brasília 2024-03
        "#]],
    );
}

#[test]
fn a_meeting_on_the_margins_is_at_the_gathering_just_named() {
    check(
        "2025-11-10",
        "Lusaka. Im Februar will Ministerin Chanda Mwelwa an einer Rohstoffkonferenz in Genf teilnehmen. Nach Angaben des SECO ist am Rande ein Treffen mit Staatssekretärin Franziska Odermatt geplant.",
        expect![[r#"
            quote indirect SECO (Nach): ist am Rande ein Treffen mit Staatssekretärin Franziska Odermatt geplant
            time Im Februar = 2026-02
            event meeting [Chanda Mwelwa, Franziska Odermatt] @Genf 2026-02
        "#]],
    );
}

#[test]
fn wishes_and_meetings_no_date_was_found_for_are_no_meetings() {
    check(
        "2025-11-13",
        "Peking. Bundesrat Reto Gisler hätte in Peking gerne auch Zentralbankgouverneur Wu Jiancheng getroffen; ein Termin liess sich aber nicht finden. Brenneke will das Thema gern bei einem Besuch in Bern mit Ministerin Regula Hänggi besprechen. Einen Termin dafür gibt es bislang nicht. Im Herbst soll Farid Hamzah zu einem Gegenbesuch kommen; Gisler will ihn in Bern empfangen. Ein genauer Termin steht noch nicht fest.",
        expect![[r#"
            time Im Herbst = 2025-FA
            event visit [Farid Hamzah] @- -
            event meeting [Farid Hamzah, Reto Gisler] @Bern -
        "#]],
    );
}

#[test]
fn a_vague_now_in_a_relative_clause_does_not_stop_the_day_of_the_sentence_before() {
    check(
        "2025-09-24",
        "Berlin. Stattdessen reist Präsident Ganbaatar Tserendorj am Donnerstag nach Sachsen. In Freiberg ist ein Gespräch mit Ministerpräsident Tobias Lindemeyer geplant, anschließend besucht der Präsident die Universität, an der derzeit 120 mongolische Studierende eingeschrieben sind.",
        expect![[r#"
            time am Donnerstag = 2025-09-25
            time derzeit = null
            event meeting [Ganbaatar Tserendorj, Tobias Lindemeyer] @Freiberg 2025-09-25
            event visit [Ganbaatar Tserendorj] @Freiberg 2025-09-25
        "#]],
    );
}

#[test]
fn an_unknown_dateline_is_the_place_and_a_cancellation_in_a_relative_clause_is_not_the_calls() {
    check(
        "2026-01-23",
        "Davos: Sutter trifft Rao\n\nDavos. Bundespräsident Andreas Sutter traf am Dienstag den indischen Handelsminister Vikram Rao. Am Donnerstag telefonierte Sutter mit dem japanischen Premierminister Hiroshi Kuwabara, der seine Reise nach Davos kurzfristig abgesagt hatte.",
        expect![[r#"
            time am Dienstag = 2026-01-20
            time Am Donnerstag = 2026-01-22
            event meeting [Andreas Sutter, Vikram Rao] @Davos 2026-01-20
            event call [Andreas Sutter, Hiroshi Kuwabara] @- 2026-01-22
        "#]],
    );
}

#[test]
fn an_office_of_no_country_after_a_foreign_holder_is_our_own_holder_named_more() {
    check(
        "2023-01-18",
        "Wien. Energieminister Lukas Pfeiffenberger hat mit dem aserbaidschanischen Energieminister Elnur Mammadli telefoniert. Pfeiffenberger sprach von Fortschritten. Aserbaidschan könne mehr liefern, sagte Pfeiffenberger. Mammadli lobte Österreich. In der kommenden Woche ist in Wien ein Treffen des Ministers mit dem Vorstandschef der Ostalpen Gas AG, Herbert Fuchsberger, geplant.",
        expect![[r#"
            quote indirect Lukas Pfeiffenberger (sagte): Aserbaidschan könne mehr liefern
            time In der kommenden Woche = 2023-W04
            event call [Lukas Pfeiffenberger, Elnur Mammadli] @- -
            event meeting [Lukas Pfeiffenberger, Herbert Fuchsberger] @Wien 2023-01
        "#]],
    );
}

#[test]
fn a_guided_tour_is_a_meeting_of_guide_and_guest() {
    check(
        "2025-03-14",
        "Magdeburg. Am Donnerstag besichtigte Präsident Duarte Valadares das Werk in Bitterfeld-Wolfen, wo ihn Geschäftsführerin Ines Kranichfeld durch die Produktion führte. Am Nachmittag ließ er sich noch durch das Walzwerk führen.",
        expect![[r#"
            time Am Donnerstag = 2025-03-13
            event meeting [Duarte Valadares, Ines Kranichfeld] @Bitterfeld-Wolfen 2025-03-13
        "#]],
    );
}

#[test]
fn a_ceremony_held_together_is_a_meeting() {
    check(
        "2025-09-24",
        "Tiflis. Im November will Vorstandschefin Katharina Höllbacher erneut nach Georgien reisen, um in Kutaissi gemeinsam mit Energieminister Nodar Beridze-Lomaia eine Informationsstelle zu eröffnen. Gemeinsam mit Minister Giorgi Tschanturia fordert sie mehr Geld.",
        expect![[r#"
            time Im November = 2025-11
            event meeting [Katharina Höllbacher, Nodar Beridze-Lomaia] @Kutaissi 2025-11
        "#]],
    );
}

#[test]
fn the_agency_of_the_dateline_takes_no_part() {
    check(
        "2025-12-05",
        "OSZE-Treffen endet\n\nWien (APA) – Ohne Erklärung ist am Freitag in der Wiener Hofburg das Treffen der Außenminister der OSZE zu Ende gegangen.",
        expect![[r#"
            time am Freitag = 2025-12-05
        "#]],
    );
}

#[test]
fn what_they_talked_about_runs_down_an_enumeration_but_not_past_a_verb() {
    check(
        "2024-10-18",
        "Brüssel. Die Regierungschefs berieten mit Ratspräsident Tomás Carrilho und Kanzler Florian Achenbach über die Migration, die Ukraine und die Lage im Nahen Osten. Erste Gespräche über die Partnerschaft hatten Ministerin Sieglinde Höllbacher und Minister Obaid al-Dhaheri im Jänner in Wien geführt.",
        expect![[r#"
            time im Jänner = 2024-01
            event meeting [Tomás Carrilho, Florian Achenbach] @Brüssel -
            event meeting [Sieglinde Höllbacher, Obaid al-Dhaheri] @Wien 2024-01
        "#]],
    );
}

#[test]
fn both_are_the_parties_just_named_and_taking_time_for_the_guest_is_a_meeting() {
    check(
        "2025-04-17",
        "Kiew. Am Dienstag kam Außenministerin Katharina Grienberger mit ihrem Amtskollegen Taras Hontscharuk zusammen, am Nachmittag wurde sie von Premierministerin Iryna Sawtschuk empfangen. »Wir helfen«, sagte Grienberger nach ihrem Gespräch mit Hontscharuk. Die beiden Chefdiplomaten hatten sich zuletzt im Jänner in Davos getroffen.\n\nAm Mittwoch führte sie in Chișinău Gespräche mit Außenminister Mihai Cojocaru, anschließend nahm sich auch Staatspräsidentin Elena Munteanu Zeit für den Gast aus Wien.",
        expect![[r#"
            quote direct Katharina Grienberger (sagte): Wir helfen
            time Am Dienstag = 2025-04-15
            time im Jänner = 2025-01
            time Am Mittwoch = 2025-04-16
            event meeting [Katharina Grienberger, Taras Hontscharuk] @- 2025-04-15
            event meeting [Katharina Grienberger, Iryna Sawtschuk] @- 2025-04-15
            event meeting [Katharina Grienberger, Taras Hontscharuk] @Davos 2025-01
            event meeting [Katharina Grienberger, Mihai Cojocaru] @Chișinău 2025-04-16
            event meeting [Elena Munteanu, Katharina Grienberger] @Chișinău 2025-04-16
        "#]],
    );
}

#[test]
fn a_talk_of_four_eyes_breakfast_and_the_two_who_open_the_sentence_before() {
    check(
        "2025-09-20",
        "Melk. Bundeskanzler Harald Zehetbauer hat am Freitag die Regierungschefs empfangen. Am Rande des Gipfels führte der Kanzler zudem ein Vieraugengespräch mit Ministerpräsidentin Tina Golob.\n\nPiotr Wyrzykowski und Zehetbauer kennen einander seit Jahren. Am Samstag frühstückten die beiden in der Wachau.",
        expect![[r#"
            time am Freitag = 2025-09-19
            time seit Jahren = null
            time Am Samstag = 2025-09-20
            event meeting [Harald Zehetbauer] @- 2025-09-19
            event meeting [Harald Zehetbauer, Tina Golob] @- 2025-09-19
            event meeting [Piotr Wyrzykowski, Harald Zehetbauer] @Wachau 2025-09-20
        "#]],
    );
}

#[test]
fn meetings_ruled_out_cancelled_or_spoken_of_again_are_no_new_meetings() {
    check(
        "2025-09-26",
        "New York. Am Dienstag empfing Außenminister Jonas Perleberg den iranischen Außenminister. Es war die erste persönliche Begegnung mit Mehdi Rahnavard seit dessen Amtsantritt. In Berlin stieß das Gespräch mit Rahnavard auf ein geteiltes Echo. Ein Zusammentreffen mit dem russischen Außenminister Jewgeni Saizew schloss Perleberg aus. Ein geplantes Gespräch mit dem ukrainischen Außenminister Oleh Bondarenko musste ausfallen.",
        expect![[r#"
            time Am Dienstag = 2025-09-23
            event meeting [Jonas Perleberg, Mehdi Rahnavard] @New York 2025-09-23
        "#]],
    );
}

#[test]
fn she_is_the_subject_before_whose_given_name_tells_no_gender() {
    check(
        "2024-11-15",
        "Hangzhou. Landammann Andrea Zweifel besuchte am Donnerstag den Regierungssitz. Zweifel zeigte sich danach zufrieden. «Wir kommen nicht mit leeren Händen», sagte sie.",
        expect![[r#"
            quote direct Andrea Zweifel (sagte): Wir kommen nicht mit leeren Händen
            time am Donnerstag = 2024-11-14
            event visit [Andrea Zweifel] @- 2024-11-14
        "#]],
    );
}

#[test]
fn a_source_named_in_quotation_marks_gives_way_to_the_one_who_speaks() {
    check(
        "2024-11-15",
        "Hangzhou. Laut der Provinzzeitung «Zhejiang Ribao» würdigte Vizegouverneur Xu Wenbo die Schweiz als «verlässlichen Freund». Die Provinz sei interessiert. Laut der Zeitung «Neue Presse» seien die Gespräche gut verlaufen.",
        expect![[r#"
            quote mixed Xu Wenbo (Laut): würdigte Vizegouverneur Xu Wenbo die Schweiz als «verlässlichen Freund»
            quote indirect Xu Wenbo (-): Die Provinz sei interessiert
            quote mixed - (Laut): «Neue Presse» seien die Gespräche gut verlaufen
        "#]],
    );
}

#[test]
fn an_unnamed_office_after_vom_is_the_one_named_next_and_a_statement_names_its_body() {
    check(
        "2025-02-20",
        "Moskau. Empfangen wurde die Diplomatin Anne-Catherine Perret am Mittwoch vom stellvertretenden Aussenminister, der für Europa zuständig ist. Gennadi Wolkow habe Perret eine Protestnote überreicht, hiess es in einer Mitteilung des russischen Aussenministeriums.",
        expect![[r#"
            quote indirect Russisches Aussenministerium (hiess): Gennadi Wolkow habe Perret eine Protestnote überreicht
            time am Mittwoch = 2025-02-19
            event meeting [Anne-Catherine Perret, Gennadi Wolkow] @Moskau 2025-02-19
        "#]],
    );
}

#[test]
fn a_meeting_there_after_flying_on_is_the_travellers() {
    check(
        "2023-11-09",
        "Stockholm. Am Mittwoch traf Oppositionsführer Carsten Rehbein Ministerpräsident Anders Lindqvist. Am Donnerstag besichtigte Rehbein einen Stützpunkt, bevor er nach Helsinki weiterflog. Dort ist am Freitag ein Treffen mit Finnlands Präsident Juha Rautio geplant.",
        expect![[r#"
            time Am Mittwoch = 2023-11-08
            time Am Donnerstag = 2023-11-09
            time am Freitag = 2023-11-10
            event meeting [Carsten Rehbein, Anders Lindqvist] @Stockholm 2023-11-08
            event meeting [Carsten Rehbein, Juha Rautio] @Helsinki 2023-11-10
        "#]],
    );
}

#[test]
fn an_office_of_a_country_is_the_officer_introduced_next_and_a_postponed_call_is_none() {
    check(
        "2024-04-12",
        "Hanoi. Dort wurde Ministerpräsident Frank Hellriegel am Montag vom vietnamesischen Regierungschef empfangen. Premierminister Nguyen Duc Hai sagte nach dem Gespräch, sein Land wolle mehr Pflegekräfte schicken. Am Mittwoch wollte Hellriegel mit Außenminister Jonas Perleberg telefonieren; das Gespräch musste verschoben werden. Am Abend empfing Kanzler Matthias Brenner den indischen Gast. Dabei sei es um die Ukraine gegangen, sagte Regierungssprecherin Sabine Holtkamp.",
        expect![[r#"
            quote indirect Nguyen Duc Hai (sagte): sein Land wolle mehr Pflegekräfte schicken
            quote indirect Sabine Holtkamp (sagte): Dabei sei es um die Ukraine gegangen
            time am Montag = 2024-04-08
            time Am Mittwoch = 2024-04-10
            event meeting [Frank Hellriegel, Nguyen Duc Hai] @Hanoi 2024-04-08
            event meeting [Matthias Brenner, Frank Hellriegel] @Hanoi 2024-04-10
        "#]],
    );
}

#[test]
fn an_unnamed_spokesperson_of_a_body_named_by_its_short_form_speaks_for_it() {
    check(
        "2025-03-12",
        "Bern. Die Eidgenössische Finanzmarktaufsicht (FINMA) wird informiert. Nach Angaben eines FINMA-Sprechers hatte die Direktorin gestern telefoniert. Die Lage sei ernst, sagte ein FINMA-Sprecher. Man prüfe alles, sagte FINMA-Sprecherin Nadia Bertschi.",
        expect![[r#"
            quote indirect Eidgenössische Finanzmarktaufsicht (Nach): hatte die Direktorin gestern telefoniert
            quote indirect Eidgenössische Finanzmarktaufsicht (sagte): Die Lage sei ernst
            quote indirect Nadia Bertschi (sagte): Man prüfe alles
            time gestern = 2025-03-11
        "#]],
    );
}

#[test]
fn a_meeting_planned_after_an_accepted_invitation_is_the_guests() {
    check(
        "2025-06-24",
        "Jelenia Góra. Oberbürgermeister Steffen Kühnel traf gestern seinen Amtskollegen Marek Wójcicki. Wójcicki nahm Kühnels Einladung zu einem Gegenbesuch in Gera im September an. Dann ist auch ein Treffen mit Ministerpräsidentin Katrin Ebersbach in Erfurt geplant.",
        expect![[r#"
            time gestern = 2025-06-23
            time im September = 2025-09
            event meeting [Steffen Kühnel, Marek Wójcicki] @Jelenia Góra 2025-06-23
            event visit [Marek Wójcicki, Steffen Kühnel] @Gera 2025-09
            event meeting [Marek Wójcicki, Katrin Ebersbach] @Erfurt 2025-09
        "#]],
    );
}

#[test]
fn a_plural_they_after_its_verb_is_those_named_before_and_a_wished_meeting_is_none() {
    check(
        "2026-03-18",
        "Berlin. Bundeskanzler Henrik Wallmann hat die Staatschefs empfangen. Aidar Seitkali, Rustam Nazarov und Almazbek Toktorov waren nach Berlin gereist. Am Dienstag berieten sie mit Wallmann über Rohstoffe. Wallmann sagte, ein Treffen mit Faridun Sharipov wünsche er sich weiterhin.",
        expect![[r#"
            quote indirect Henrik Wallmann (sagte): ein Treffen mit Faridun Sharipov wünsche er sich weiterhin
            time Am Dienstag = 2026-03-17
            event meeting [Henrik Wallmann] @Berlin -
            event visit [Aidar Seitkali, Rustam Nazarov, Almazbek Toktorov] @Berlin -
            event meeting [Henrik Wallmann, Aidar Seitkali, Rustam Nazarov, Almazbek Toktorov] @Berlin 2026-03-17
        "#]],
    );
}

#[test]
fn meetings_of_an_undated_article_keep_the_unknown_year() {
    // A day or month the text names dates the meeting with `XXXX`; `Tags
    // darauf` counts on from it; a weekday the article date cannot resolve
    // is the nearest day, so `Am Abend` after it takes no older day. (`der
    // Minister` after `X … mit seinem Amtskollegen Y` is X, named more often.)
    check(
        "",
        "Tokio. Wirtschaftsminister Torsten Albrecht eröffnete am 12. Mai seine Asienreise. In Tokio kam Albrecht mit seinem Amtskollegen Haruki Nishida zusammen.\n\nTags darauf traf der Minister in Osaka Konzernchefin Yumiko Tanahashi. Am Donnerstag reiste Albrecht nach Seoul, wo er mit Handelsministerin Seo Min-ah beriet. Am Abend war Albrecht zu Gast bei Choi Dong-won. Anfang März wollen Albrecht und Nishida sich in Berlin erneut treffen.",
        expect![[r#"
            time am 12. Mai = XXXX-05-12
            time Tags darauf = XXXX-05-13
            time Am Donnerstag = null
            time Anfang März = XXXX-03
            event meeting [Torsten Albrecht, Haruki Nishida] @Tokio XXXX-05-12
            event meeting [Torsten Albrecht, Yumiko Tanahashi] @Osaka XXXX-05-13
            event visit [Torsten Albrecht] @Seoul -
            event meeting [Torsten Albrecht, Seo Min-ah] @Seoul -
            event meeting [Torsten Albrecht, Choi Dong-won] @Seoul -
            event meeting [Torsten Albrecht, Haruki Nishida] @Berlin XXXX-03
        "#]],
    );
}

#[test]
fn a_meeting_on_the_margins_of_the_talks_takes_the_gatherings_date() {
    // `Am Rande des Treffens`, `am Rande der G7-Runde`: the gathering of the
    // lead, told as current in an article dated by its month.
    check(
        "2025-04",
        "Toronto. Die Außenminister der G7-Staaten sind in Toronto zu Beratungen zusammengekommen. Gastgeberin war die kanadische Außenministerin Danielle Fortier-Lavoie. Für Deutschland nahm Bundesaußenministerin Antje Steenbock teil, für Japan Außenminister Haruki Kanemura, für die USA Außenminister Russell Whitlock.\n\n„Wir stehen zusammen“, sagte Fortier-Lavoie nach der Sitzung. Whitlock sagte, Washington werde seine Hilfe fortsetzen.\n\nAm Rande des Treffens kam Steenbock mit Kanemura zu einem Gespräch über Rohstoffe zusammen.",
        expect![[r#"
            quote direct Danielle Fortier-Lavoie (sagte): Wir stehen zusammen
            quote indirect Russell Whitlock (sagte): Washington werde seine Hilfe fortsetzen
            event meeting [Danielle Fortier-Lavoie, Antje Steenbock, Haruki Kanemura, Russell Whitlock] @Toronto 2025-04
            event meeting [Antje Steenbock, Haruki Kanemura] @Toronto 2025-04
        "#]],
    );
}

#[test]
fn negotiators_sit_together_agree_to_go_on_and_met_before() {
    // `saßen X und Y zusammen`; `die Zusage, am Dienstag weiterzuverhandeln`
    // with no one named is the parties before; a plural `Sie` after `Die
    // beiden …` is those parties too.
    check(
        "2025-10-08",
        "Linz. Die Verhandlungen über den Stellenabbau bei der Traunholz AG sind gestern vertagt worden. Acht Stunden saßen Geschäftsführer Rainer Pölzl und Gewerkschafter Stefan Hinterberger am Firmensitz in Linz zusammen. Am Ende stand nur die Zusage, am kommenden Dienstag weiterzuverhandeln.\n\nDie beiden Verhandler sitzen einander nicht zum ersten Mal gegenüber. Sie hatten sich bereits im August zu einem Sondierungsgespräch in Steyr getroffen.",
        expect![[r#"
            time gestern = 2025-10-07
            time am kommenden Dienstag = 2025-10-14
            time im August = 2025-08
            event meeting [Rainer Pölzl, Stefan Hinterberger] @Linz 2025-10-07
            event meeting [Rainer Pölzl, Stefan Hinterberger] @- 2025-10-14
            event meeting [Rainer Pölzl, Stefan Hinterberger] @Steyr 2025-08
        "#]],
    );
}

#[test]
fn exchanging_views_sitting_at_a_table_and_sides_named_after_their_talks() {
    // `tauscht sich X, …, mit Y … aus`; `wollen sich … an einen Tisch setzen`
    // (not when demanded: `forderte, X müsse sich … an einen Tisch setzen`);
    // `Geschäftsleitung und Gewerkschaft verhandelten … Am Tisch sassen X, Y
    // sowie Z`: the talks of the persons named next; `per Videokonferenz …
    // ausgetauscht` is a call.
    check(
        "2025-06-18",
        "Sirnach. Geschäftsleitung und Gewerkschaft verhandelten am Dienstag in Wil über einen Sozialplan. Am Tisch sassen Geschäftsführer Lars Engström, Gewerkschaftssekretärin Derya Kaya sowie Bruno Keller, der Präsident der Personalkommission.\n\nHeute tauscht sich Stadtrat Reto Hungerbühler, zuständig für die Werke, mit Umweltdirektorin Lee Soo-min über Fernwärme aus. Am Montag hatte sich Engström per Videokonferenz mit Konzernchefin Ingrid Halvorsen ausgetauscht. Bürgermeister Walter Krenn forderte, Halvorsen müsse sich auch mit der Gemeinde an einen Tisch setzen. Engström, Kaya und Keller wollen sich am 3. Juli in Sirnach erneut an einen Tisch setzen.",
        expect![[r#"
            quote indirect Walter Krenn (forderte): Halvorsen müsse sich auch mit der Gemeinde an einen Tisch setzen
            time am Dienstag = 2025-06-17
            time Heute = 2025-06-18
            time Am Montag = 2025-06-16
            time am 3. Juli = 2025-07-03
            event meeting [Lars Engström, Derya Kaya, Bruno Keller] @Wil 2025-06-17
            event meeting [Reto Hungerbühler, Lee Soo-min] @- 2025-06-18
            event call [Lars Engström, Ingrid Halvorsen] @- 2025-06-16
            event meeting [Lars Engström, Derya Kaya, Bruno Keller] @Sirnach 2025-07-03
        "#]],
    );
}

#[test]
fn pairs_named_before_a_plural_sie_and_meetings_planned_for_three() {
    // `Die Ministerin und Aravena kennen sich gut. Sie hatten im November …
    // verhandelt, das nun bis zum Sommer …`: the pair, dated by the main
    // clause, not the relative one; `reist X nach Peru, um in Cusco mit Y
    // zusammenzukommen`; `Ein weiteres Treffen der drei Präsidenten`;
    // `die Ministerin` after the one she had talked with in the background.
    check(
        "2025-03-27",
        "München. Am Abend folgte ein Arbeitsessen, an dem Ministerpräsident Ludwig Hartinger, Europaministerin Franziska Moosreiner und Chiles Außenminister Joaquín Aravena teilnahmen. Die Ministerin und Aravena kennen sich gut. Sie hatten im November in Santiago de Chile über ein Abkommen verhandelt, das nun bis zum Sommer unterschriftsreif sein soll.\n\nAm kommenden Dienstag reist Moosreiner nach Peru, um in Cusco mit Ernesto Condori Huanca zusammenzukommen.\n\nAm Samstag berieten die Präsidenten Torben Lüttjohann, Mette Kjærgaard und Eirik Sandvold in Hamburg. Ein weiteres Treffen der drei Präsidenten ist für den 14. April in Kopenhagen geplant.\n\nDie peruanische Kulturministerin Lucía Quispe Mamani besuchte am Mittwoch das Überseemuseum in Bremen. Ende Februar hatte Quispe Mamani zudem mit Kulturstaatsministerin Ursula Brinkhaus telefoniert. Am Abend war die Ministerin zu Gast bei Bürgermeister Henning Rosenbrock.",
        expect![[r#"
            time im November = 2024-11
            time zum Sommer = 2025-SU
            time Am kommenden Dienstag = 2025-04-01
            time Am Samstag = 2025-03-22
            time für den 14. April = 2025-04-14
            time am Mittwoch = 2025-03-26
            time Ende Februar = 2025-02
            event meeting [Ludwig Hartinger, Franziska Moosreiner, Joaquín Aravena] @- -
            event meeting [Franziska Moosreiner, Joaquín Aravena] @Santiago de Chile 2024-11
            event meeting [Franziska Moosreiner, Ernesto Condori Huanca] @Cusco 2025-04-01
            event meeting [Torben Lüttjohann, Mette Kjærgaard, Eirik Sandvold] @Hamburg 2025-03-22
            event meeting [Torben Lüttjohann, Mette Kjærgaard, Eirik Sandvold] @Kopenhagen 2025-04-14
            event visit [Lucía Quispe Mamani] @Bremen 2025-03-26
            event call [Lucía Quispe Mamani, Ursula Brinkhaus] @- 2025-02
            event meeting [Lucía Quispe Mamani, Henning Rosenbrock] @Bremen 2025-03-26
        "#]],
    );
}

#[test]
fn swiss_spellings_of_sequels_and_welcomes() {
    // `anschliessend` takes the day of the event before as `anschließend`
    // does; `begrüsste ihren Gast` is a welcome as `begrüßte` is.
    check(
        "2025-04-08",
        "Samarkand. Gestern wurde Regierungsrätin Monika Eggenberger-Roth in Samarkand von Museumsdirektorin Dilnoza Yusupova empfangen. Sie traf anschliessend den Gouverneur der Region, Akmal Tursunov, zu einem Abendessen.\n\nBern. Bundespräsidentin Verena Stocker-Imhof begrüsste am Mittwoch ihren Gast Kwame Asante-Boakye auf dem Bundesplatz.",
        expect![[r#"
            time Gestern = 2025-04-07
            time am Mittwoch = 2025-04-02
            event meeting [Monika Eggenberger-Roth, Dilnoza Yusupova] @Samarkand 2025-04-07
            event meeting [Monika Eggenberger-Roth, Akmal Tursunov] @Samarkand 2025-04-07
            event meeting [Verena Stocker-Imhof, Kwame Asante-Boakye] @Bern 2025-04-02
        "#]],
    );
}

#[test]
fn morgen_opening_a_sentence_is_tomorrow() {
    // `Morgen reist …`: the adverb opening the sentence before its verb; `Am
    // Morgen` and `der Morgen` are a time of day.
    check(
        "2025-05-21",
        "Wien. Am Morgen traf Präsidentin Valentina Arancibia Kanzlerin Martina Oberleitner. Morgen reist die Präsidentin in die Steiermark weiter. In Liezen wird sie von Unternehmerin Ingrid Kogler-Stadler empfangen. Der Morgen begann mit Regen.",
        expect![[r#"
            time Morgen = 2025-05-22
            event meeting [Valentina Arancibia, Martina Oberleitner] @Wien -
            event meeting [Valentina Arancibia, Ingrid Kogler-Stadler] @Liezen 2025-05-22
        "#]],
    );
}

#[test]
fn hosting_with_lud_zu_is_told_in_the_past() {
    // `Tags darauf lud X zu einem Arbeitsessen`: hosted (no `ein`), so the day
    // after the Wednesday before the article date; `lud X … ein` looks ahead.
    check(
        "2025-09-26",
        "New York. Am Mittwoch traf Aussenminister Matthias Zollinger die Aussenministerin Dewi Kartikasari. Tags darauf lud Zollinger zu einem Arbeitsessen in die Residenz, an dem die Aussenministerin Luíza Carvalho teilnahm. Carvalho lud Zollinger für den 3. Oktober nach Brasília ein.",
        expect![[r#"
            time Am Mittwoch = 2025-09-24
            time Tags darauf = 2025-09-25
            time für den 3. Oktober = 2025-10-03
            event meeting [Matthias Zollinger, Dewi Kartikasari] @New York 2025-09-24
            event meeting [Matthias Zollinger, Luíza Carvalho] @New York 2025-09-25
            event invitation [Luíza Carvalho, Matthias Zollinger] @Brasília 2025-10-03
        "#]],
    );
}

#[test]
fn tags_darauf_skips_a_pluperfect_day_of_an_undated_article() {
    // With no article date, a day told in the pluperfect is background:
    // `Tags darauf` does not count from it, and the earlier meeting told with
    // `zuletzt` stays apart from the one told before it.
    check(
        "",
        "Addis Abeba. Minister Tobias Rehkämper traf Kommissionspräsidentin Wanjiru Kamau. Die beiden hatten sich zuletzt am 12. Februar in Nairobi getroffen.\n\nTags darauf beriet Rehkämper mit Finanzminister Dawit Alemayehu.",
        expect![[r#"
            time am 12. Februar = XXXX-02-12
            time Tags darauf = null
            event meeting [Tobias Rehkämper, Wanjiru Kamau] @- -
            event meeting [Tobias Rehkämper, Wanjiru Kamau] @Nairobi XXXX-02-12
            event meeting [Tobias Rehkämper, Dawit Alemayehu] @- -
        "#]],
    );
}

#[test]
fn a_meeting_demanded_by_someone_else_is_none() {
    // `X forderte, Y müsse … mit Z sprechen`: a demand, no meeting; `X forderte
    // beim Treffen mit Y mehr Geld` is one.
    check(
        "2025-01-24",
        "Schladming. Gemeinderätin Lea Moosbrugger forderte, Bürgermeisterin Hemma Stadlober müsse bei ihrem Gegenbesuch auch mit dem Umweltaktivisten Jan Kowalczyk sprechen. Am Mittwoch traf Stadlober den Bürgermeister Bartosz Nowak, der dabei mehr Geld forderte.",
        expect![[r#"
            quote indirect Lea Moosbrugger (forderte): Bürgermeisterin Hemma Stadlober müsse bei ihrem Gegenbesuch auch mit dem Umweltaktivisten Jan Kowalczyk sprechen
            time Am Mittwoch = 2025-01-22
            event meeting [Hemma Stadlober, Bartosz Nowak] @- 2025-01-22
        "#]],
    );
}

#[test]
fn an_unresolved_tags_darauf_stops_the_look_back() {
    // In an undated article `Tags darauf` after `am Montag` has no value, and
    // the meeting after it takes no older month named in between.
    check(
        "",
        "Weinfelden. Verbandspräsidentin Corinne Wüthrich kam am Montag in Zürich mit Jukka Rantanen zusammen. Geplant ist, die Spiele im Dezember 2028 in Weinfelden auszutragen.\n\nTags darauf reiste Rantanen in den Thurgau. In Weinfelden wurde er von Gemeindepräsident Kaspar Lüthi empfangen.",
        expect![[r#"
            time am Montag = null
            time im Dezember 2028 = 2028-12
            time Tags darauf = null
            event meeting [Corinne Wüthrich, Jukka Rantanen] @Zürich -
            event visit [Jukka Rantanen] @Thurgau -
            event meeting [Jukka Rantanen, Kaspar Lüthi] @Weinfelden -
        "#]],
    );
}

#[test]
fn a_refused_talk_is_none_and_besprechen_is_a_talk() {
    // `Ein Spitzengespräch mit X lehnt der Konzern ab`, `wurde abgelehnt`:
    // refused; `hatte um ein Gespräch mit X ersucht`: asked for; `Nicht auf
    // dem Programm stand`, `Kein Treffen gab es`: none; `reist nach
    // Sirnach, um mit X das Vorgehen zu besprechen`: a talk.
    check(
        "2025-06-12",
        "Sirnach. Ende Monat reist Konzernchefin Ingrid Halvorsen nach Sirnach, um mit Geschäftsführer Lars Ekström das weitere Vorgehen zu besprechen. Am 30. Juni sollen Ekström, Halvorsen und Gewerkschafterin Derya Yilmaz in Wil die Details besprechen. Ein Spitzengespräch mit Halvorsen, wie es Gewerkschafterin Derya Yilmaz fordert, lehnt der Konzern ab. Auch ein Treffen von Yilmaz mit Ekström wurde abgelehnt. Die Aktivistin Ayelén Painemal hatte um ein Gespräch mit Halvorsen ersucht. Nicht auf dem Programm stand ein Treffen mit Umweltministerin Dewi Kusuma. Kein Treffen gab es mit Bürgermeister Walter Krenn.",
        expect![[r#"
            quote indirect Derya Yilmaz (fordert): Ein Spitzengespräch mit Halvorsen, wie es Gewerkschafterin Derya Yilmaz fordert, lehnt der Konzern ab
            time Ende Monat = 2025-06
            time Am 30. Juni = 2025-06-30
            event meeting [Ingrid Halvorsen, Lars Ekström] @Sirnach 2025-06
            event meeting [Lars Ekström, Ingrid Halvorsen, Derya Yilmaz] @Wil 2025-06-30
        "#]],
    );
}

#[test]
fn a_reference_with_adjectives_names_the_day_of_the_meeting_before() {
    // `Bei dem rund halbstündigen Gespräch am Donnerstag`: the meeting just
    // told, now dated; `Nach dem rund einstündigen Gespräch` opens none.
    check(
        "2024-06-28",
        "Brüssel. Bundeskanzler Florian Weißenbacher hat am Rande des Gipfels den Ministerpräsidenten Radek Holoubek getroffen. Bei dem rund halbstündigen Gespräch am Donnerstag ging es um Atompläne. Nach dem rund einstündigen Gespräch sagte der Kanzler, man sei sich einig.",
        expect![[r#"
            quote indirect Florian Weißenbacher (sagte): man sei sich einig
            time am Donnerstag = 2024-06-27
            event meeting [Florian Weißenbacher, Radek Holoubek] @Brüssel 2024-06-27
        "#]],
    );
}

#[test]
fn am_nachmittag_skips_an_event_of_a_since_clause() {
    // `…, seit die beiden Städte im Mai 2024 einen Vertrag unterzeichnet haben.
    // … Am Nachmittag kamen X und Y … zusammen`: the day of the visit told.
    check(
        "2025-01-23",
        "Freistadt. Bürgermeisterin Martina Hölzl-Reindl empfing gestern ihren Amtskollegen Park Jun-seo im Rathaus. Es ist der erste Besuch aus Korea, seit die beiden Städte im Mai 2024 einen Vertrag unterzeichnet haben. Am Nachmittag kamen Hölzl-Reindl und Park mit dem Obmann Alois Hackl zu einer Arbeitssitzung zusammen.",
        expect![[r#"
            time gestern = 2025-01-22
            time im Mai 2024 = 2024-05
            event meeting [Martina Hölzl-Reindl, Park Jun-seo, Alois Hackl] @- 2025-01-22
            event agreement [Martina Hölzl-Reindl, Park Jun-seo] @- 2024-05
        "#]],
    );
}

#[test]
fn talks_over_adverbials_and_in_private() {
    // `sprach am Montag am Rande der Messe in Hamburg mit X` (no comma: `mit`
    // may come later); `sprachen A und B unter vier Augen` after a meeting of
    // three is a talk of its own; `mit dem Generalsekretär …, dem Dänen X`.
    check(
        "2025-01-28",
        "Stralsund. Europaministerin Friederike Lassahn kam am Montag in Stralsund mit der Staatssekretärin Aino Haapala und Minister Mindaugas Žemaitis zusammen. Im Anschluss sprachen Lassahn und Haapala unter vier Augen über die Energiepartnerschaft. Vorstandschef Halvard Skjelbred sprach am Sonntag am Rande der Schiffbaumesse in Hamburg mit Ministerpräsidentin Katrin Wendland über die Werft. Lassahn sprach zudem mit dem Generalsekretär des Ostseerats, dem Dänen Jesper Mørk, über Windparks.",
        expect![[r#"
            time am Montag = 2025-01-27
            time am Sonntag = 2025-01-26
            event meeting [Friederike Lassahn, Aino Haapala, Mindaugas Žemaitis] @Stralsund 2025-01-27
            event meeting [Friederike Lassahn, Aino Haapala] @Stralsund 2025-01-27
            event meeting [Halvard Skjelbred, Katrin Wendland] @Hamburg 2025-01-26
            event meeting [Friederike Lassahn, Jesper Mørk] @Stralsund 2025-01-26
        "#]],
    );
}

#[test]
fn a_first_acquaintance_is_a_meeting_and_a_cancelled_one_is_none() {
    // `hatten sich … in Salzburg kennengelernt`: they met; `Eine geplante
    // Begegnung mit X fiel dagegen aus, weil …`: cancelled.
    check(
        "2025-10-17",
        "Wiesbaden. Intendantin Friederike Lorscheid traf in Guadalajara den Dirigenten Emiliano Zárate. Lorscheid und Zárate hatten sich bereits im Sommer 2023 in Salzburg kennengelernt. Eine geplante Begegnung mit Kulturministerin Lucía Berrondo fiel dagegen aus, weil die Ministerin verhindert war.",
        expect![[r#"
            time im Sommer 2023 = 2023-SU
            event meeting [Friederike Lorscheid, Emiliano Zárate] @Guadalajara -
            event meeting [Friederike Lorscheid, Emiliano Zárate] @Salzburg -
        "#]],
    );
}

#[test]
fn a_castle_is_no_verb_of_ruling_out_and_beisammen_is_together() {
    // `tauschte sich X im Schloss mit Y … aus`: the noun `Schloss` does not rule
    // the talk out as `schloss … aus` would; `saßen X, Y und Z … beisammen`.
    check(
        "2025-02-03",
        "Lemgo. Gestern tauschte sich Bürgermeisterin Markéta Horáková im Schloss mit Museumsleiterin Dorothea Gieselmann über Ausstellungen aus. In Villach saßen Geschäftsführer Markus Oberlercher, Betriebsrätin Sabine Kanzian und Gewerkschafter Dragan Jovanović am Freitag neun Stunden beisammen. Ein Treffen mit Oberlercher schloss Horáková aus.",
        expect![[r#"
            time Gestern = 2025-02-02
            time am Freitag = 2025-01-31
            event meeting [Markéta Horáková, Dorothea Gieselmann] @Lemgo 2025-02-02
            event meeting [Markus Oberlercher, Sabine Kanzian, Dragan Jovanović] @Villach 2025-01-31
        "#]],
    );
}

#[test]
fn two_of_a_round_exchanging_views_on_its_margins() {
    // `X und Y tauschten sich am Rande der Sitzung … aus`: a talk of the two,
    // beside the round of four they belong to.
    check(
        "2025-05-12",
        "Bad Salzuflen. Am Samstag kamen Präsident Rodrigo Ferreira Lima, Präsidentin Camila Inostroza Vidal, Ndapewa Shikongo und Birgit Sudbrock zu einer Arbeitssitzung zusammen. Inostroza Vidal und Shikongo tauschten sich am Rande der Sitzung über die Ausbildung von Trainern aus.",
        expect![[r#"
            time Am Samstag = 2025-05-10
            event meeting [Rodrigo Ferreira Lima, Camila Inostroza Vidal, Ndapewa Shikongo, Birgit Sudbrock] @Bad Salzuflen 2025-05-10
            event meeting [Camila Inostroza Vidal, Ndapewa Shikongo] @Bad Salzuflen 2025-05-10
        "#]],
    );
}

#[test]
fn the_two_of_a_wished_meeting_who_talk_instead() {
    // `Gern hätte X auch Y getroffen … Stattdessen telefonierten die beiden`:
    // the pair named in the sentence before, after the event before it; the
    // wish, after a paragraph closed by a sentence with no Konjunktiv, is no
    // one's reported speech.
    check(
        "2025-11-07",
        "Am Donnerstag tauschte sich Bürgermeister Kenji Morisawa in Tröpolach mit Geschäftsführerin Theresia Jank aus. Jank zufolge seien die Zölle gesunken. Danach besichtigte die Gruppe das Skigebiet.\n\nGern hätte Morisawa auch Landeshauptmann Reinhold Fercher getroffen. Ein Termin in Klagenfurt kam nicht zustande. Stattdessen telefonierten die beiden am Donnerstagabend.",
        expect![[r#"
            quote indirect Theresia Jank (zufolge): seien die Zölle gesunken
            time Am Donnerstag = 2025-11-06
            time am Donnerstagabend = 2025-11-06
            event meeting [Kenji Morisawa, Theresia Jank] @Tröpolach 2025-11-06
            event call [Kenji Morisawa, Reinhold Fercher] @- 2025-11-06
        "#]],
    );
}

#[test]
fn a_trip_abroad_with_an_aside_a_background_clause_and_a_demand() {
    // A relative clause does not place the meeting when the main clause does;
    // `als X eine Delegation durch Bayern führte` is background, no guided tour;
    // `die Delegation` with no members named is the traveller's; `hätte sich …
    // treffen müssen` did not happen; `X will nach München kommen, ein Treffen
    // mit Y ist vereinbart` is X's, in München.
    check(
        "2025-05-22",
        "Accra. Zum Auftakt traf die Ministerin Cornelia Reisacher, deren Stimmkreis in Traunstein liegt, am Montag in Accra Handelsminister Kwabena Asante-Boateng. Am Abend sprach Reisacher mit Botschafterin Friederike Lanzinger. Reisacher und Asante-Boateng hatten sich im Januar in München getroffen, als der Gast eine Handelsdelegation durch Bayern führte. Am Mittwoch war die Delegation in Kumasi zu Gast bei Yaw Boakye-Agyeman, dem Regionalminister der Ashanti-Region. Im Oktober will Asante-Boateng zu einer Messe nach München kommen, ein weiteres Treffen mit Reisacher ist fest vereinbart. Die Abgeordnete Nuray Yıldırım-Kastner kritisierte, die Ministerin hätte sich auch mit Gewerkschaftern treffen müssen.",
        expect![[r#"
            quote indirect Nuray Yıldırım-Kastner (kritisierte): die Ministerin hätte sich auch mit Gewerkschaftern treffen müssen
            time am Montag = 2025-05-19
            time im Januar = 2025-01
            time Am Mittwoch = 2025-05-21
            time Im Oktober = 2025-10
            event meeting [Cornelia Reisacher, Kwabena Asante-Boateng] @Accra 2025-05-19
            event meeting [Cornelia Reisacher, Friederike Lanzinger] @Accra 2025-05-19
            event meeting [Cornelia Reisacher, Kwabena Asante-Boateng] @München 2025-01
            event meeting [Yaw Boakye-Agyeman, Cornelia Reisacher] @Kumasi 2025-05-21
            event meeting [Kwabena Asante-Boateng, Cornelia Reisacher] @München 2025-10
        "#]],
    );
}

#[test]
fn no_place_from_a_meeting_told_as_earlier() {
    // `hatten sich bereits im Februar in Brasília getroffen. Am Mittag kam …
    // zusammen`: the later talk is not placed where the earlier one was.
    check(
        "2025-06-05",
        "Genf. Am Mittwoch traf Bundesrat Stefan Brunschwiler die Ministerin Ana Cláudia Moreira. Brunschwiler und Moreira hatten sich bereits im Februar in Brasília getroffen. Am Mittag kam Brunschwiler anschließend mit Handelsminister Andrés Felipe Ospina zu einem Gespräch zusammen.",
        expect![[r#"
            time Am Mittwoch = 2025-06-04
            time im Februar = 2025-02
            event meeting [Stefan Brunschwiler, Ana Cláudia Moreira] @Genf 2025-06-04
            event meeting [Stefan Brunschwiler, Ana Cláudia Moreira] @Brasília 2025-02
            event meeting [Stefan Brunschwiler, Andrés Felipe Ospina] @Genf 2025-06-04
        "#]],
    );
}

#[test]
fn a_meeting_described_again_a_call_before_the_visit_and_a_return_visit() {
    // `Für beide Seiten war es nicht die erste Begegnung` describes the meeting
    // told; a call `vor dem Besuch` has no day; `ihren Gesprächspartner` at the
    // return visit is the one she met most, not the one she called last.
    check(
        "2025-03-14",
        "Kiel. Ministerin Hanna Lorenzen empfing am Donnerstag Vizeminister Tran Duc Khoa. Am Abend kamen Lorenzen und Tran bei einem Arbeitsessen mit Jens-Ole Feddersen zusammen. Für beide Seiten war es nicht die erste Begegnung. Tran hatte am Vortag in Berlin mit Botschafterin Nguyen Thi Lan Huong beraten. Lorenzen hatte sich vor dem Besuch in einem Telefonat mit Minister Torben Albrecht abgestimmt. Für den Herbst ist ein Gegenbesuch vereinbart: Dann will Lorenzen ihren Gesprächspartner in Hanoi treffen.",
        expect![[r#"
            time am Donnerstag = 2025-03-13
            time am Vortag = 2025-03-12
            time Für den Herbst = 2025-FA
            event meeting [Hanna Lorenzen, Tran Duc Khoa, Jens-Ole Feddersen] @Kiel 2025-03-13
            event meeting [Tran Duc Khoa, Nguyen Thi Lan Huong] @Berlin 2025-03-12
            event call [Hanna Lorenzen, Torben Albrecht] @- -
            event meeting [Hanna Lorenzen, Tran Duc Khoa] @Hanoi -
        "#]],
    );
}

#[test]
fn a_wish_told_in_konjunktiv_is_no_ones_words() {
    // `Gern hätte X auch Y getroffen` right after a report is the report's own
    // telling of a wish, not a continued quote.
    check(
        "2025-03-14",
        "Woiwode Tomasz Wierzbicki sagte, die Strecke müsse schneller werden. Wierzbicki hätte gern auch Bundesverkehrsminister Lars Pohlenz getroffen.",
        expect![[r#"
            quote indirect Tomasz Wierzbicki (sagte): die Strecke müsse schneller werden
        "#]],
    );
}

#[test]
fn the_next_round_with_one_more_at_the_table() {
    // `Für den 4. November ist die nächste Verhandlungsrunde angesetzt, dann will
    // auch X mit am Tisch sitzen`: the parties of the talks before, and X.
    check(
        "2025-10-20",
        "Hollabrunn. Werksleiter Christoph Wimmesberger, Betriebsrätin Dragana Kovačević und Gewerkschafter Gerhard Pöltl verhandelten am Montag neun Stunden lang. Vizepräsident Lars Ekholm lehnte eine Stellungnahme ab. Für den 4. November ist die nächste Verhandlungsrunde angesetzt, dann will auch Ekholm mit am Tisch sitzen.",
        expect![[r#"
            time am Montag = 2025-10-20
            time Für den 4. November = 2025-11-04
            event meeting [Christoph Wimmesberger, Dragana Kovačević, Gerhard Pöltl] @- 2025-10-20
            event meeting [Christoph Wimmesberger, Dragana Kovačević, Gerhard Pöltl, Lars Ekholm] @- 2025-11-04
        "#]],
    );
}

#[test]
fn a_better_meeting_that_would_have_been_and_a_panel_convening() {
    // `sinnvoller wäre ein Treffen X mit Y gewesen`: no meeting; `im
    // südmährischen Nikolsburg` places the next one; `soll eine Expertenrunde
    // des A und der B zusammentreten`: the two bodies meet.
    check(
        "2025-01-24",
        "Landesrat Lena Straßhofer schwieg. Die Abgeordnete Eva Trnka-Hofer meinte, sinnvoller wäre ein Treffen Straßhofers mit dem tschechischen Industrieminister Pavel Novák gewesen. Am kommenden Dienstag wollen Landesrätin Sabine Rehak-Wandl und Hauptmann Radek Vlasák im südmährischen Nikolsburg mit Präsident Juraj Kolárik zusammenkommen. Am 18. Februar soll zudem in Wien eine Expertenrunde des Umweltbundesamts und der tschechischen Atomaufsicht SÚJB zusammentreten.",
        expect![[r#"
            quote indirect Eva Trnka-Hofer (meinte): sinnvoller wäre ein Treffen Straßhofers mit dem tschechischen Industrieminister Pavel Novák gewesen
            time Am kommenden Dienstag = 2025-01-28
            time Am 18. Februar = 2025-02-18
            event meeting [Sabine Rehak-Wandl, Radek Vlasák, Juraj Kolárik] @Nikolsburg 2025-01-28
            event meeting [Tschechische Atomaufsicht, SÚJB] @Wien 2025-02-18
        "#]],
    );
}

#[test]
fn a_day_before_the_journey_and_a_gathering_first_named() {
    // A day told of what came `vor seiner Abreise` does not date the talks told
    // after it; `am Rande eines Wirtschaftsforums` is a gathering first named,
    // not the one told before: the day comes from the sentence before.
    check(
        "2025-06-12",
        "Hanoi. Bundesrat Andreas Flückiger wirbt in Vietnam für Freihandel. Vor seiner Abreise hatte Flückiger am vergangenen Freitag mit Ministerin Sigrid Holmsen telefoniert. Unternehmerin Ursula Bärtschi führte in Hanoi Gespräche mit Đỗ Quang Huy. Heute reist Flückiger nach Ho-Chi-Minh-Stadt weiter. Dort trifft er am Rande eines Wirtschaftsforums den Handelsminister Somchai Rattanakorn.",
        expect![[r#"
            time am vergangenen Freitag = 2025-06-06
            time Heute = 2025-06-12
            event call [Andreas Flückiger, Sigrid Holmsen] @- 2025-06-06
            event meeting [Ursula Bärtschi, Đỗ Quang Huy] @Hanoi -
            event meeting [Andreas Flückiger, Somchai Rattanakorn] @Ho-Chi-Minh-Stadt 2025-06-12
        "#]],
    );
}

#[test]
fn an_office_before_a_surname_named_before_is_the_host() {
    // `Tags darauf lud die Bundesrätin Kamau und Ocampo zu einem Arbeitsessen`:
    // Kamau, introduced before with another office, is a guest; `die
    // Bundesrätin` is the woman of that office spoken of before.
    check(
        "2025-11-06",
        "Genf. Am Dienstag traf Bundesrätin Elisabeth Hirschi die kenianische Aussenministerin Wanjiru Kamau. Tags darauf lud die Bundesrätin Kamau und den kolumbianischen Aussenminister Andrés Felipe Ocampo zu einem Arbeitsessen.",
        expect![[r#"
            time Am Dienstag = 2025-11-04
            time Tags darauf = 2025-11-05
            event meeting [Elisabeth Hirschi, Wanjiru Kamau] @Genf 2025-11-04
            event meeting [Elisabeth Hirschi, Wanjiru Kamau, Andrés Felipe Ocampo] @Genf 2025-11-05
        "#]],
    );
}

#[test]
fn a_plan_given_up_and_a_demand_carried_on() {
    // `Ursprünglich hatte X einen Abstecher geplant, um Y zu treffen`: given up;
    // `Sie solle sich auch mit Z treffen` carries a demand on; `ein solches
    // Gespräch ist nicht vorgesehen` in the next sentence rules it out.
    check(
        "2025-06-20",
        "Accra. Ursprünglich hatte Ministerin Friederike Hollmann auch einen Abstecher nach Niamey geplant, um dort Außenminister Moussa Abdou Karimou zu treffen. Der Abgeordnete Lars Brockmöller sagte, die Ministerin dürfe die Menschenrechte nicht ausklammern. Sie solle sich deshalb auch mit Oppositionsführer Kofi Darko-Ampem treffen. Nach Angaben aus Delegationskreisen ist ein solches Gespräch jedoch nicht vorgesehen.",
        expect![[r#"
            quote indirect Lars Brockmöller (sagte): die Ministerin dürfe die Menschenrechte nicht ausklammern
            quote indirect Lars Brockmöller (-): Sie solle sich deshalb auch mit Oppositionsführer Kofi Darko-Ampem treffen
            quote indirect - (Nach): aus Delegationskreisen ist ein solches Gespräch jedoch nicht vorgesehen
        "#]],
    );
}

#[test]
fn a_commission_led_by_someone_and_a_rival_town() {
    // `Eine Inspektionskommission unter Leitung von X ist von Y empfangen
    // worden`: X is its member, Y its host; `fuhr die Kommission nach M, wo sie
    // mit Z zusammenkam` is X's; `das tschechische Račice` is a place.
    check(
        "2025-05-20",
        "Biel. Eine Inspektionskommission unter Leitung von Generalsekretär Kwame Mensah-Boateng ist am Montag von Sportdirektor Luc Moser-Aubry in Biel empfangen worden. Anschliessend fuhr die Kommission nach Magglingen, wo sie mit Direktor Thomas Wyssbrod zusammenkam. Hauptkonkurrent ist das tschechische Račice. Dort hatte Verbandspräsident Radek Novotný die Kommission vergangene Woche empfangen.",
        expect![[r#"
            time am Montag = 2025-05-19
            time vergangene Woche = 2025-W20
            event meeting [Kwame Mensah-Boateng, Luc Moser-Aubry] @Biel 2025-05-19
            event meeting [Thomas Wyssbrod, Kwame Mensah-Boateng] @Magglingen 2025-05-19
            event meeting [Radek Novotný, Kwame Mensah-Boateng] @Račice 2025-05
        "#]],
    );
}

#[test]
fn the_swiss_guest_abroad_and_a_talk_spoken_of_again() {
    // `Kanokwan und der Schweizer Gast hatten … telefoniert` in a report on the
    // Swiss minister's trip: he is the guest; `im Gespräch mit der Ministerin`
    // speaks of the meeting told, it is no new one.
    check(
        "2025-05-08",
        "Hanoi. Bundesrat Lorenz Aebersold traf am Dienstag die Ministerin Phạm Thu Hằng. Laut dem Departement wurden Menschenrechtsfragen im Gespräch mit der Ministerin angesprochen. Heute reist Aebersold weiter nach Bangkok. Dort kommt er morgen mit Handelsministerin Kanokwan Srisuwan zusammen. Kanokwan und der Schweizer Gast hatten am Sonntag bereits miteinander telefoniert.",
        expect![[r#"
            quote indirect - (Laut): wurden Menschenrechtsfragen im Gespräch mit der Ministerin angesprochen
            time am Dienstag = 2025-05-06
            time Heute = 2025-05-08
            time morgen = 2025-05-09
            time am Sonntag = 2025-05-04
            event meeting [Lorenz Aebersold, Phạm Thu Hằng] @Hanoi 2025-05-06
            event meeting [Lorenz Aebersold, Kanokwan Srisuwan] @Bangkok 2025-05-09
            event call [Kanokwan Srisuwan, Lorenz Aebersold] @- 2025-05-04
        "#]],
    );
}

#[test]
fn sitting_down_together_and_a_townsman_adjective() {
    // `setzte sich X mit Y zusammen`, `setzen sich X und Y in Mainz mit Z
    // zusammen`: they meet (`setzt sich aus … zusammen` would be what something
    // consists of); `Der Trierer Dialektforscher X` is an adjective, no
    // reference to the person before.
    check(
        "2026-01-22",
        "Birkenfeld. Am Samstag setzte sich Vorsitzende Elke Gilles in Kirchberg mit Kultursekretär Marcos Vinícius Kunzler zusammen. Der Trierer Dialektforscher Matthias Dhein beriet am Sonntag per Videoschalte mit Kollegen. Am kommenden Dienstag setzen sich Vorstandschefin Mette Kjærgaard und Landrat Jörg Bollmann in Mainz mit Staatssekretär Jens Brügger zusammen. Die Kommission setzt sich aus neun Mitgliedern zusammen.",
        expect![[r#"
            time Am Samstag = 2026-01-17
            time am Sonntag = 2026-01-18
            time Am kommenden Dienstag = 2026-01-27
            event meeting [Elke Gilles, Marcos Vinícius Kunzler] @Kirchberg 2026-01-17
            event meeting [Matthias Dhein] @- 2026-01-18
            event meeting [Mette Kjærgaard, Jörg Bollmann, Jens Brügger] @Mainz 2026-01-27
        "#]],
    );
}

#[test]
fn a_mediator_who_is_to_sit_at_the_table_too() {
    // `Am kommenden Montag wollen X und Y weiterverhandeln. Als Vermittler soll
    // dann auch Z mit am Tisch sitzen`: Z joins the talks told.
    check(
        "2025-09-23",
        "Varel. Am kommenden Montag wollen Vorstandschef Gunnar Lindqvist und Gewerkschafterin Chiamaka Okafor in Wilhelmshaven weiterverhandeln. Als Vermittler soll dann auch der frühere Arbeitsrichter Bernd Tjaden mit am Tisch sitzen.",
        expect![[r#"
            time Am kommenden Montag = 2025-09-29
            event meeting [Gunnar Lindqvist, Chiamaka Okafor, Bernd Tjaden] @Wilhelmshaven 2025-09-29
        "#]],
    );
}

#[test]
fn a_meal_given_is_a_meeting_not_an_invitation() {
    // `Gestern lud Botschafterin X die Ministerin und Y zu einem Arbeitsessen
    // in ihre Residenz ein`: the meal happened; all at the table met.
    check(
        "2025-06-05",
        "Hanoi. Ministerin Sabine Brandscheid traf am Dienstag Minister Phạm Quốc Hưng. Gestern lud Botschafterin Friederike Osterkamp die Ministerin und den Unternehmer Markus Wendling zu einem Arbeitsessen in ihre Residenz ein.",
        expect![[r#"
            time am Dienstag = 2025-06-03
            time Gestern = 2025-06-04
            event meeting [Sabine Brandscheid, Phạm Quốc Hưng] @Hanoi 2025-06-03
            event meeting [Friederike Osterkamp, Sabine Brandscheid, Markus Wendling] @Hanoi 2025-06-04
        "#]],
    );
}

#[test]
fn a_guest_named_by_a_noun_no_one_holds() {
    // `Am Montag war der Investor in Bern zu Gast bei X`: the one the article
    // follows, who met others before.
    check(
        "2025-11-27",
        "Biel. Firmenchefin Sandrine Gerber-Rossel und Khalid bin Rashid Al-Mansouri verhandelten gestern in Biel. Am Donnerstag kam Verwaltungsratspräsident Philippe Junod in Abu Dhabi mit Al-Mansouri zusammen. Am Montag war der Investor in Bern zu Gast bei Mariam Al-Ketbi, der Botschafterin der Emirate.",
        expect![[r#"
            time gestern = 2025-11-26
            time Am Donnerstag = 2025-11-27
            time Am Montag = 2025-11-24
            event meeting [Sandrine Gerber-Rossel, Khalid bin Rashid Al-Mansouri] @Biel 2025-11-26
            event meeting [Philippe Junod, Khalid bin Rashid Al-Mansouri] @Abu Dhabi 2025-11-27
            event meeting [Mariam Al-Ketbi, Khalid bin Rashid Al-Mansouri] @Bern 2025-11-24
        "#]],
    );
}

#[test]
fn the_two_named_as_the_only_pair_of_the_sentence_before() {
    // `Vorbereitet hatten den Besuch vor allem Kulturdezernentin X und Y selbst.
    // Die beiden hatten … in einer Videokonferenz …`: the pair of the sentence
    // before, not the parties of the talk told earlier.
    check(
        "2025-02-03",
        "Lemgo. Heute berät Bürgermeisterin Markéta Horáková mit Intendant Nadim Chahine über Gastspiele. Vorbereitet hatten den Besuch vor allem Kulturdezernentin Svenja Niebuhr und Horáková selbst. Die beiden hatten Mitte Januar in einer Videokonferenz das Programm abgestimmt.",
        expect![[r#"
            time Heute = 2025-02-03
            time Mitte Januar = 2025-01
            event meeting [Markéta Horáková, Nadim Chahine] @Lemgo 2025-02-03
            event call [Svenja Niebuhr, Markéta Horáková] @- 2025-01
        "#]],
    );
}

#[test]
fn a_colleague_visited_a_tour_led_and_meeting_again() {
    // `hatte X seinen japanischen Kollegen in Y besucht`: the one he met most;
    // `führte die Norwegerin gemeinsam mit Z über die Strecke`: a guided tour;
    // `die Vereinbarung, einander … erneut zu treffen`: the parties of the talks.
    check(
        "2025-03-14",
        "Wolfsberg. Bürgermeister Herbert Stoisser empfing am Donnerstag Bürgermeister Kenji Morikawa. Schon im Oktober 2023 hatte Stoisser seinen japanischen Kollegen in Kanazawa besucht. Am Dienstag führte Präsident Wolfgang Prettner die Norwegerin Sigrun Haldorsen gemeinsam mit Vizebürgermeisterin Carina Pucher über die geplante Strecke. Geschäftsführer Mats Lindqvist und Betriebsrat Andreas Krenn verhandelten am Montag. Am Ende stand die Vereinbarung, einander am 3. April in Wolfsberg erneut zu treffen.",
        expect![[r#"
            time am Donnerstag = 2025-03-13
            time im Oktober 2023 = 2023-10
            time Am Dienstag = 2025-03-11
            time am Montag = 2025-03-10
            time am 3. April = 2025-04-03
            event meeting [Herbert Stoisser, Kenji Morikawa] @Wolfsberg 2025-03-13
            event visit [Herbert Stoisser, Kenji Morikawa] @Kanazawa 2023-10
            event meeting [Wolfgang Prettner, Sigrun Haldorsen, Carina Pucher] @Wolfsberg 2025-03-11
            event meeting [Mats Lindqvist, Andreas Krenn] @Wolfsberg 2025-03-10
            event meeting [Mats Lindqvist, Andreas Krenn] @Wolfsberg 2025-04-03
        "#]],
    );
}

#[test]
fn a_meeting_that_would_be_charming_and_a_year_they_talk_about() {
    // `Eine Begegnung von X und Y wäre reizvoll, vorgesehen ist sie aber nicht`:
    // none; `über ein weiteres Gastspiel im kommenden Jahr beraten`: the year is
    // what they talk about, the day is `Am kommenden Montag`.
    check(
        "2025-07-09",
        "St. Paul. Eine Begegnung von Chorleiterin Nino Beridze und Dirigent Park Ji-hoon wäre reizvoll, vorgesehen ist sie aber nicht. Am kommenden Montag wollen Park, Intendantin Marlene Grilz und Abt Benedikt Karner im Stift über ein weiteres Gastspiel im kommenden Jahr beraten.",
        expect![[r#"
            time Am kommenden Montag = 2025-07-14
            time im kommenden Jahr = 2026
            event meeting [Park Ji-hoon, Marlene Grilz, Benedikt Karner] @St. Paul 2025-07-14
        "#]],
    );
}

#[test]
fn the_day_after_counts_from_the_story_not_from_a_meeting_told_as_earlier() {
    // `Mit X hatte sich Y bereits am 3. November getroffen` is background:
    // `Tags darauf` counts from the day of the story (`am Mittwoch`).
    check(
        "2025-11-28",
        "Stockholm. Am Mittwoch berieten die Außenminister der Ostseestaaten. Mit Ministerin Rasa Kazlauskienė hatte sich Minister Konrad Ellerbrock bereits am 3. November in Vilnius getroffen. Am Abend telefonierte Außenministerin Ingrid Bergqvist mit Minister Oleksandr Hnatenko. Tags darauf empfing die Gastgeberin den Handelsminister Park Ji-hoon.",
        expect![[r#"
            time Am Mittwoch = 2025-11-26
            time am 3. November = 2025-11-03
            time Tags darauf = 2025-11-27
            event meeting [Rasa Kazlauskienė, Konrad Ellerbrock] @Vilnius 2025-11-03
            event call [Ingrid Bergqvist, Oleksandr Hnatenko] @- 2025-11-26
            event meeting [Ingrid Bergqvist, Park Ji-hoon] @Stockholm 2025-11-27
        "#]],
    );
}

#[test]
fn an_agreement_belongs_to_the_latest_meeting_of_its_parties() {
    // `Damals vereinbarten die beiden …` after a meeting told as earlier is part
    // of that meeting; the talk told first keeps its own (unknown) day.
    check(
        "2025-05-20",
        "Wien. Außenminister Clemens Hofstätter empfing die Ministerin Wanjiru Kamau im Außenministerium. Die Ministerin hatte ihren Amtskollegen bereits im September in New York getroffen. Damals vereinbarten die beiden eine gemeinsame Arbeitsgruppe.",
        expect![[r#"
            time im September = 2024-09
            event meeting [Clemens Hofstätter, Wanjiru Kamau] @Wien -
            event meeting [Wanjiru Kamau, Clemens Hofstätter] @New York 2024-09
        "#]],
    );
}
