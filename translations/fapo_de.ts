<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>EditPromptDialog</name>
    <message>
        <location filename="../widgets/review/editpromptdialog.cpp" line="13"/>
        <source>Edit Proposal %1</source>
        <translation>Vorschlag %1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/review/editpromptdialog.cpp" line="17"/>
        <source>Re-evaluate</source>
        <translation>Neu bewerten</translation>
    </message>
</context>
<context>
    <name>ProposalStages</name>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="36"/>
        <location filename="../core/optimize/proposalstage.cpp" line="102"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="38"/>
        <location filename="../core/optimize/proposalstage.cpp" line="151"/>
        <source>not evaluated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="40"/>
        <source>screened out</source>
        <translation>aussortiert</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="42"/>
        <source>validated</source>
        <translation>validiert</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="44"/>
        <source>held-out checked</source>
        <translation>am Testanteil geprüft</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="77"/>
        <source>The policy accepted it.</source>
        <translation>Die Richtlinie hat ihn angenommen.</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="79"/>
        <source>Rejected: %1.</source>
        <translation>Abgelehnt: %1.</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="81"/>
        <source>Rejected.</source>
        <translation>Abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="83"/>
        <source>Approved by a person.</source>
        <translation>Von einer Person genehmigt.</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="92"/>
        <source>blocked: unusable reply</source>
        <translation>blockiert: unbrauchbare Antwort</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="93"/>
        <source>Never evaluated: %1</source>
        <translation>Nie bewertet: %1</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="102"/>
        <source>blocked: %1</source>
        <translation>blockiert: %1</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="103"/>
        <source>Blocked before any evaluation: %1</source>
        <translation>Vor jeder Bewertung blockiert: %1</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="109"/>
        <source>held-out: %1 → %2</source>
        <translation>Testanteil: %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="110"/>
        <source>Validation %1 → %2 (p = %3); on the held-out split %4 → %5 over %6 examples.</source>
        <translation>Validierung %1 → %2 (p = %3); auf dem zurückgehaltenen Testanteil %4 → %5 über %6 Beispiele.</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="120"/>
        <source>validated: %1, p = %2</source>
        <translation>validiert: %1, p = %2</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="122"/>
        <source>On the validation set %1 → %2 (%3 over %4 examples; sign test p = %5; %6 fixed, %7 regressed).</source>
        <translation>Auf dem Validierungsdatensatz %1 → %2 (%3 über %4 Beispiele; Vorzeichentest p = %5; %6 behoben, %7 verschlechtert).</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="131"/>
        <source>Corrected for the %1 candidates compared in its round, it needed p &lt; %2.</source>
        <translation>Korrigiert für die %1 in seiner Runde verglichenen Kandidaten brauchte er p &lt; %2.</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="141"/>
        <source>screened out: %1 → %2 on %3</source>
        <translation>aussortiert: %1 → %2 bei %3</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="143"/>
        <source>On a minibatch of %1 training examples it scored %2 against %3 before: no gain, so it was not run on the validation set.</source>
        <translation>Auf einem Minibatch von %1 Trainingsbeispielen erreichte er %2 gegenüber %3 vorher: kein Gewinn, daher lief er nicht auf dem Validierungsdatensatz.</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="152"/>
        <source>Not evaluated: the round stopped before this proposal&apos;s minibatch, or it is waiting for it.</source>
        <translation>Nicht bewertet: Die Runde endete vor dem Minibatch dieses Vorschlags, oder er wartet darauf.</translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="10"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="12"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="14"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="16"/>
        <location filename="../core/runview/statustexts.cpp" line="27"/>
        <location filename="../core/runview/statustexts.cpp" line="85"/>
        <source>failed</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="25"/>
        <location filename="../core/runview/statustexts.cpp" line="40"/>
        <location filename="../core/runview/statustexts.cpp" line="53"/>
        <location filename="../core/runview/statustexts.cpp" line="85"/>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="29"/>
        <location filename="../core/runview/statustexts.cpp" line="44"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="38"/>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="42"/>
        <source>check failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="55"/>
        <source>the failure starts here</source>
        <translation>der Fehler beginnt hier</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="57"/>
        <source>carried the failure from an earlier step</source>
        <translation>hat den Fehler von einem früheren Schritt weitergetragen</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="59"/>
        <source>failed its own checks, but the failure starts elsewhere</source>
        <translation>eigene Prüfungen nicht bestanden, aber der Fehler beginnt woanders</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="61"/>
        <source>not involved in the failure</source>
        <translation>nicht am Fehler beteiligt</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="70"/>
        <source>pending</source>
        <translation>offen</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="72"/>
        <source>approved</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="74"/>
        <source>accepted</source>
        <translation>automatisch angenommen</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="76"/>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="78"/>
        <source>blocked</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="100"/>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="106"/>
        <source>(being sent)</source>
        <translation>(wird gesendet)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runview/statustexts.cpp" line="107"/>
        <source>batch %1 (%2) %3: %n request(s), %4 done, %5 failed</source>
        <translation>
            <numerusform>Batch %1 (%2) %3: %n Anfrage, %4 erledigt, %5 fehlgeschlagen</numerusform>
            <numerusform>Batch %1 (%2) %3: %n Anfragen, %4 erledigt, %5 fehlgeschlagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictReasons</name>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="78"/>
        <source>“%1” does not meet its step gold: %2.</source>
        <translation>„%1“ erfüllt seinen Schritt-Goldstandard nicht: %2.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="81"/>
        <source>“%1” failed with an error, so the steps after it had nothing to work on.</source>
        <translation>„%1“ schlug mit einem Fehler fehl, daher hatten die Schritte danach nichts zu verarbeiten.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="82"/>
        <source>“%1” returned an empty output (no passages, for a retrieval), so the steps after it had nothing to work on.</source>
        <translation>„%1“ lieferte eine leere Ausgabe (bei einer Suche: keine Passagen), daher hatten die Schritte danach nichts zu verarbeiten.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="86"/>
        <source>“%1” failed its own checks: %2.</source>
        <translation>„%1“ bestand seine eigenen Prüfungen nicht: %2.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="88"/>
        <source>The final output contains the expected answer, but the metric fails on its form: %1.</source>
        <translation>Die Endausgabe enthält die erwartete Antwort, aber die Metrik scheitert an ihrer Form: %1.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="91"/>
        <source>“%1” received the expected answer (%2) in its input, but its output does not have it.</source>
        <translation>„%1“ erhielt die erwartete Antwort (%2) in seiner Eingabe, aber seine Ausgabe enthält sie nicht.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="94"/>
        <source>“%1” wrote a search query without %2 from the question, so retrieval looked for something else.</source>
        <translation>„%1“ schrieb eine Suchanfrage ohne %2 aus der Frage, daher suchte die Suche nach etwas anderem.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="97"/>
        <source>The expected answer appears nowhere in this example; in passing examples it first appears at “%1”.</source>
        <translation>Die erwartete Antwort erscheint in diesem Beispiel nirgends; in bestandenen Beispielen erscheint sie zuerst bei „%1“.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="100"/>
        <source>No rule applies: the failure is put at the first step that failed or did not run, “%1”.</source>
        <translation>Keine Regel greift: Der Fehler wird dem ersten Schritt zugeordnet, der fehlschlug oder nicht lief, „%1“.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="110"/>
        <source>“%1” runs no model, so the blame passes to “%2”, which wrote its input.</source>
        <translation>„%1“ führt kein Modell aus, daher geht die Schuld an „%2“, das seine Eingabe schrieb.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="124"/>
        <source>Replacing the output of “%1” with a repaired one and running only the steps after it makes this example pass (replay run %2); no repair of an earlier step did.</source>
        <translation>Die Ausgabe von „%1“ durch eine reparierte zu ersetzen und nur die Schritte danach auszuführen, lässt dieses Beispiel bestehen (Wiederholungslauf %2); keine Reparatur eines früheren Schritts tat das.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="136"/>
        <source>The critic model read the example&apos;s records and put the origin at “%1”, with confidence %2.</source>
        <translation>Das Kritikermodell las die Aufzeichnungen des Beispiels und verortete den Ursprung bei „%1“, mit Konfidenz %2.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="152"/>
        <source>The rules had found the same step (%1).</source>
        <translation>Die Regeln hatten denselben Schritt gefunden (%1).</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="154"/>
        <source>The rules alone had put the origin at “%1” (%2).</source>
        <translation>Die Regeln allein hatten den Ursprung bei „%1“ verortet (%2).</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="158"/>
        <source>The critic was asked, but its reply was not used: %1</source>
        <translation>Der Kritiker wurde gefragt, aber seine Antwort wurde nicht verwendet: %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="174"/>
        <source>Did not run: a step before it failed.</source>
        <translation>Lief nicht: Ein Schritt davor schlug fehl.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="176"/>
        <source>Failed with an error.</source>
        <translation>Schlug mit einem Fehler fehl.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="178"/>
        <source>Has no record in this run.</source>
        <translation>Hat in diesem Lauf keine Aufzeichnung.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="180"/>
        <source>Ran, but its output is empty.</source>
        <translation>Lief, aber seine Ausgabe ist leer.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="182"/>
        <source>Ran and produced an output.</source>
        <translation>Lief und lieferte eine Ausgabe.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="184"/>
        <source>Failed checks: %1</source>
        <translation>Nicht bestandene Prüfungen: %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="190"/>
        <source>Meets its step gold.</source>
        <translation>Erfüllt seinen Schritt-Goldstandard.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="190"/>
        <source>Misses its step gold.</source>
        <translation>Verfehlt seinen Schritt-Goldstandard.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="191"/>
        <source>Meets its step gold: %1</source>
        <translation>Erfüllt seinen Schritt-Goldstandard: %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="191"/>
        <source>Misses its step gold: %1</source>
        <translation>Verfehlt seinen Schritt-Goldstandard: %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="196"/>
        <source>The expected answer is in its input.</source>
        <translation>Die erwartete Antwort ist in seiner Eingabe.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="197"/>
        <source>The expected answer is not in its input.</source>
        <translation>Die erwartete Antwort ist nicht in seiner Eingabe.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="200"/>
        <source>The expected answer is in its output.</source>
        <translation>Die erwartete Antwort ist in seiner Ausgabe.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="201"/>
        <source>The expected answer is not in its output.</source>
        <translation>Die erwartete Antwort ist nicht in seiner Ausgabe.</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="206"/>
        <source>Names and numbers of the question missing from its output: %1</source>
        <translation>Namen und Zahlen der Frage, die in seiner Ausgabe fehlen: %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="216"/>
        <source>Its input came from: %1</source>
        <translation>Seine Eingabe stammte von: %1</translation>
    </message>
</context>
<context>
    <name>fapo::AnalysisLabels</name>
    <message>
        <location filename="../core/analysis/labels.cpp" line="14"/>
        <source>retrieval miss</source>
        <translation>Suche verfehlt</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="16"/>
        <source>cascade from an error or empty output</source>
        <translation>Folgefehler nach einem Fehler oder einer leeren Ausgabe</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="18"/>
        <source>failed checks</source>
        <translation>fehlgeschlagene Prüfungen</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="20"/>
        <source>wrong output</source>
        <translation>falsche Ausgabe</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="22"/>
        <source>right answer, wrong form</source>
        <translation>richtige Antwort, falsche Form</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="24"/>
        <source>reasoning: good inputs, wrong conclusion</source>
        <translation>Schlussfolgerung: gute Eingaben, falscher Schluss</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="26"/>
        <source>errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="30"/>
        <source>unexplained</source>
        <translation>ungeklärt</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="37"/>
        <source>step gold</source>
        <translation>Schritt-Referenz</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="39"/>
        <source>first error</source>
        <translation>erster Fehler</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="41"/>
        <source>failed check</source>
        <translation>fehlgeschlagene Prüfung</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="43"/>
        <source>answer present, form wrong</source>
        <translation>Antwort vorhanden, Form falsch</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="45"/>
        <source>answer lost</source>
        <translation>Antwort verloren</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="47"/>
        <source>names dropped from the query</source>
        <translation>Namen aus der Suchanfrage verloren</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="49"/>
        <source>where passing examples find the answer</source>
        <translation>wo bestandene Beispiele die Antwort finden</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="51"/>
        <source>counterfactual replay</source>
        <translation>kontrafaktische Wiederholung</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="53"/>
        <source>critic model</source>
        <translation>Kritikermodell</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="57"/>
        <source>first failing step</source>
        <translation>erster fehlschlagender Schritt</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="70"/>
        <source>prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="64"/>
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="66"/>
        <source>structure</source>
        <translation>Struktur</translation>
    </message>
</context>
<context>
    <name>fapo::AnalysisPanel</name>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="45"/>
        <source>Analyze Again</source>
        <translation>Erneut analysieren</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="46"/>
        <source>Analyze Run</source>
        <translation>Lauf analysieren</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="47"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="59"/>
        <source>Find where each failure of this run starts (rules first; replay and the critic model for what they leave open)</source>
        <translation>Finden, wo jeder Fehler dieses Laufs beginnt (zuerst Regeln; Wiederholung und das Kritikermodell für das, was offen bleibt)</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="66"/>
        <source>Select a failed example to see where its failure starts and why.</source>
        <translation>Wählen Sie ein fehlgeschlagenes Beispiel, um zu sehen, wo sein Fehler beginnt und warum.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="75"/>
        <source>No analysis yet</source>
        <translation>Noch keine Analyse</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="76"/>
        <source>Analysis finds the step where each failure starts, not where it shows, and how it spreads through the pipeline. Rules and step gold cost nothing; replay and the critic model are only asked about what they leave open, within a budget.</source>
        <translation>Die Analyse findet den Schritt, in dem jeder Fehler beginnt, nicht den, in dem er sichtbar wird, und wie er sich durch die Pipeline ausbreitet. Regeln und Schritt-Referenzen kosten nichts; Wiederholung und Kritikermodell werden nur zu dem befragt, was offen bleibt, innerhalb eines Budgets.</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/analysispanel.cpp" line="147"/>
        <source>Analysis %1 of run %2: %3 of %4 examples failed. Found by: %5. %n model call(s), $%6.</source>
        <translation>
            <numerusform>Analyse %1 von Lauf %2: %3 von %4 Beispielen fehlgeschlagen. Gefunden durch: %5. %n Modellaufruf, $%6.</numerusform>
            <numerusform>Analyse %1 von Lauf %2: %3 von %4 Beispielen fehlgeschlagen. Gefunden durch: %5. %n Modellaufrufe, $%6.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="152"/>
        <source>nothing to explain</source>
        <translation>nichts zu erklären</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="159"/>
        <source>%1 passed, or has no verdict in this analysis.</source>
        <translation>%1 hat bestanden oder hat in dieser Analyse kein Urteil.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="163"/>
        <source>%1: the failure starts at &quot;%2&quot;</source>
        <translation>%1: der Fehler beginnt bei „%2“</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="164"/>
        <source>Kind: %1. Fix at the %2 level.</source>
        <translation>Art: %1. Beheben auf Ebene: %2.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="165"/>
        <source>Found by %1, confidence %2.</source>
        <translation>Gefunden durch %1, Konfidenz %2.</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="167"/>
        <source>Path: %1</source>
        <translation>Pfad: %1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="180"/>
        <source>Replaying steps %v / %m</source>
        <translation>Schritte werden wiederholt %v / %m</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="181"/>
        <source>Asking the critic %v / %m</source>
        <translation>Kritiker wird befragt %v / %m</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="182"/>
        <source>Applying rules…</source>
        <translation>Regeln werden angewendet…</translation>
    </message>
</context>
<context>
    <name>fapo::Analyzer</name>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="56"/>
        <source>run %1 is not in the workspace %2</source>
        <translation>Lauf %1 ist nicht im Arbeitsbereich %2</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="63"/>
        <source>the workspace %1 has no runs yet; run the dataset first (fapo run)</source>
        <translation>der Arbeitsbereich %1 hat noch keine Läufe; führen Sie zuerst den Datensatz aus (fapo run)</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="72"/>
        <source>run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="78"/>
        <source>run %1: its dataset is not in the workspace</source>
        <translation>Lauf %1: sein Datensatz ist nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="86"/>
        <source>run %1 has no finished examples to analyse</source>
        <translation>Lauf %1 hat keine abgeschlossenen Beispiele zum Analysieren</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="173"/>
        <source>the critic model cannot be reached: %1</source>
        <translation>das Kritikermodell ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="205"/>
        <source>the critic stopped: %1</source>
        <translation>der Kritiker hat angehalten: %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="218"/>
        <source>the critic model cannot be used: %1</source>
        <translation>das Kritikermodell kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="252"/>
        <source>the call budget allowed replaying %1 of %2 examples at &quot;%3&quot;</source>
        <translation>das Aufrufbudget erlaubte die Wiederholung von %1 von %2 Beispielen bei „%3“</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="288"/>
        <source>replay is not possible: %1</source>
        <translation>Wiederholung ist nicht möglich: %1</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="335"/>
        <source>a replay at &quot;%1&quot; failed: %2</source>
        <translation>eine Wiederholung bei „%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="358"/>
        <source>Replacing the output of &quot;%1&quot; with a repaired one and running only the steps after it makes this example pass; no earlier repair did.</source>
        <translation>Wird die Ausgabe von „%1“ durch eine reparierte ersetzt und werden nur die Schritte danach erneut ausgeführt, besteht dieses Beispiel; keine frühere Reparatur hat das erreicht.</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="363"/>
        <source>&quot;%1&quot; runs no model, so the blame passes to &quot;%2&quot;, which wrote its input.</source>
        <translation>„%1“ ruft kein Modell auf, daher geht die Verantwortung an „%2“, das seine Eingabe geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="383"/>
        <source>the call budget allowed the critic to judge %1 of %2 open examples</source>
        <translation>das Aufrufbudget erlaubte dem Kritiker, %1 von %2 offenen Beispielen zu beurteilen</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="469"/>
        <source>the analysis could not be stored in %1</source>
        <translation>die Analyse konnte nicht in %1 gespeichert werden</translation>
    </message>
</context>
<context>
    <name>fapo::AnswerPane</name>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="31"/>
        <source>(no reference needed)</source>
        <translation>(keine Referenz nötig)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="31"/>
        <location filename="../widgets/inspector/answerpane.cpp" line="38"/>
        <source>(none: %1)</source>
        <translation>(keine: %1)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="37"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="38"/>
        <source>(the output step did not run)</source>
        <translation>(der Ausgabeschritt lief nicht)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="44"/>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="45"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="58"/>
        <source>Expected and actual answer</source>
        <translation>Erwartete und tatsächliche Antwort</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="82"/>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="82"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="82"/>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="82"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="90"/>
        <source>%1 (decides)</source>
        <translation>%1 (entscheidet)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="92"/>
        <source>A gate metric: the example passes only when every gate metric passes</source>
        <translation>Eine Gate-Metrik: Das Beispiel besteht nur, wenn jede Gate-Metrik besteht</translation>
    </message>
</context>
<context>
    <name>fapo::BlameChart</name>
    <message>
        <location filename="../widgets/analysis/blamechart.cpp" line="41"/>
        <source>Start here</source>
        <translation>Beginnen hier</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/blamechart.cpp" line="42"/>
        <source>Pass through</source>
        <translation>Laufen hindurch</translation>
    </message>
</context>
<context>
    <name>fapo::ChecksPane</name>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="23"/>
        <location filename="../widgets/inspector/checkspane.cpp" line="74"/>
        <source>This step has no checks.</source>
        <translation>Dieser Schritt hat keine Prüfungen.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="31"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="31"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="31"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="36"/>
        <source>Expected for this step (step_expected)</source>
        <translation>Für diesen Schritt erwartet (step_expected)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="73"/>
        <source>This step has not run for this example.</source>
        <translation>Dieser Schritt wurde für dieses Beispiel nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="75"/>
        <source>No check results were recorded.</source>
        <translation>Es wurden keine Prüfergebnisse aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>fapo::ClusterModel</name>
    <message numerus="yes">
        <location filename="../models/clustermodel.cpp" line="33"/>
        <source>%n example(s): %1</source>
        <translation>
            <numerusform>%n Beispiel: %1</numerusform>
            <numerusform>%n Beispiele: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="57"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="59"/>
        <source>Starts at</source>
        <translation>Beginnt bei</translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="61"/>
        <source>Failure</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="63"/>
        <source>Fix level</source>
        <translation>Behebungsebene</translation>
    </message>
</context>
<context>
    <name>fapo::CommandStep</name>
    <message>
        <location filename="../core/run/commandstep.cpp" line="15"/>
        <source>timed out after %1 ms</source>
        <translation>Zeitüberschreitung nach %1 ms</translation>
    </message>
    <message>
        <location filename="../core/run/commandstep.cpp" line="19"/>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location filename="../core/run/commandstep.cpp" line="27"/>
        <source>%1 exited with code %2%3</source>
        <translation>%1 wurde mit Code %2 beendet%3</translation>
    </message>
    <message>
        <location filename="../core/run/commandstep.cpp" line="57"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>fapo::ComparePanel</name>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="43"/>
        <source>Compare with run</source>
        <translation>Vergleichen mit Lauf</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="55"/>
        <source>Fixed (failed before, passed now)</source>
        <translation>Behoben (vorher fehlgeschlagen, jetzt bestanden)</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="56"/>
        <source>Regressed (passed before, failed now)</source>
        <translation>Verschlechtert (vorher bestanden, jetzt fehlgeschlagen)</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="58"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="58"/>
        <source>Failed before</source>
        <translation>Vorher fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="58"/>
        <source>Failed now</source>
        <translation>Jetzt fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="58"/>
        <source>Pass rate change</source>
        <translation>Änderung der Erfolgsquote</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="63"/>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="69"/>
        <source>Select an example and a step to see how its output changed.</source>
        <translation>Wählen Sie ein Beispiel und einen Schritt, um zu sehen, wie sich die Ausgabe geändert hat.</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="114"/>
        <source>Run %1 (its base)</source>
        <translation>Lauf %1 (seine Basis)</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="120"/>
        <source>Run %1 · %2 · %3 examples</source>
        <translation>Lauf %1 · %2 · %3 Beispiele</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="148"/>
        <source>Only one run so far: run the dataset again after a change to compare.</source>
        <translation>Bisher nur ein Lauf: Führen Sie den Datensatz nach einer Änderung erneut aus, um zu vergleichen.</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="155"/>
        <source>Score %1 → %2 (%3) · %4 fixed · %5 regressed · %6 unchanged</source>
        <translation>Punktzahl %1 → %2 (%3) · %4 behoben · %5 verschlechtert · %6 unverändert</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="191"/>
        <source>%1 at %2: run %3 → run %4</source>
        <translation>%1 bei %2: Lauf %3 → Lauf %4</translation>
    </message>
</context>
<context>
    <name>fapo::DecisionCommand</name>
    <message>
        <location filename="../widgets/review/decisioncommand.cpp" line="11"/>
        <source>Approve Proposal %1</source>
        <translation>Vorschlag %1 annehmen</translation>
    </message>
    <message>
        <location filename="../widgets/review/decisioncommand.cpp" line="12"/>
        <source>Reject Proposal %1</source>
        <translation>Vorschlag %1 ablehnen</translation>
    </message>
</context>
<context>
    <name>fapo::DialogPrompter</name>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="12"/>
        <source>Run programs?</source>
        <translation>Programme ausführen?</translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="13"/>
        <source>This pipeline runs programs on this computer:

%1

Run them only if you trust this pipeline file.</source>
        <translation>Diese Pipeline führt Programme auf diesem Computer aus:

%1

Führen Sie sie nur aus, wenn Sie dieser Pipeline-Datei vertrauen.</translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="24"/>
        <source>Spend model calls on the analysis?</source>
        <translation>Modellaufrufe für die Analyse ausgeben?</translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="25"/>
        <source>The rules settled %1 of %2 failed examples for free.

For the other %3, replaying steps with repaired outputs and asking the critic model may make up to %4 model calls (about %5).</source>
        <translation>Die Regeln haben %1 von %2 fehlgeschlagenen Beispielen kostenlos geklärt.

Für die übrigen %3 können das Wiederholen von Schritten mit reparierten Ausgaben und das Befragen des Kritikermodells bis zu %4 Modellaufrufe kosten (etwa %5).</translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="34"/>
        <source>Spend</source>
        <translation>Ausgeben</translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="35"/>
        <source>Rules Only</source>
        <translation>Nur Regeln</translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="42"/>
        <source>Propose rewrites?</source>
        <translation>Umformulierungen vorschlagen?</translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="43"/>
        <source>One round asks the optimizer model for %1 rewrites, checks them, and evaluates those that pass on what they affect: up to %2 model calls (about %3 tokens, %4), capped at %5 calls.</source>
        <translation>Eine Runde bittet das Optimierermodell um %1 Umformulierungen, prüft sie und bewertet die bestandenen an dem, was sie betreffen: bis zu %2 Modellaufrufe (etwa %3 Tokens, %4), höchstens %5 Aufrufe.</translation>
    </message>
</context>
<context>
    <name>fapo::EvidencePane</name>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="79"/>
        <source>Kind of failure</source>
        <translation>Art des Fehlers</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="80"/>
        <source>Found by</source>
        <translation>Gefunden durch</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="81"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="82"/>
        <source>Smallest fix</source>
        <translation>Kleinste Korrektur</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="85"/>
        <source>Path of the failure, from where it starts to the output</source>
        <translation>Weg des Fehlers, vom Ursprung bis zur Ausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="90"/>
        <source>Why here</source>
        <translation>Warum hier</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="97"/>
        <source>The critic&apos;s explanation (model text)</source>
        <translation>Erklärung des Kritikers (Modelltext)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="147"/>
        <source>%1 passed: there is no failure to explain.</source>
        <translation>%1 hat bestanden: Es gibt keinen Fehler zu erklären.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="152"/>
        <source>The failure of %1 starts here, at “%2”.</source>
        <translation>Der Fehler von %1 beginnt hier, bei „%2“.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="155"/>
        <source>The failure of %1 starts at “%2” and passes through “%3” on its way to the output.</source>
        <translation>Der Fehler von %1 beginnt bei „%2“ und läuft auf dem Weg zur Ausgabe durch „%3“.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="157"/>
        <source>The failure of %1 starts at “%2”; “%3” is not on its path to the output.</source>
        <translation>Der Fehler von %1 beginnt bei „%2“; „%3“ liegt nicht auf seinem Weg zur Ausgabe.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="174"/>
        <source>The step on show</source>
        <translation>Der angezeigte Schritt</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="174"/>
        <source>Inspect “%1” for this example</source>
        <translation>„%1“ für dieses Beispiel untersuchen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="186"/>
        <source>No analysis of this run yet: the failure is put at the first step that failed its checks or did not run, else at the output. Analyze the run to find where it starts and why.</source>
        <translation>Dieser Lauf ist noch nicht analysiert: Der Fehler wird dem ersten Schritt zugeordnet, der seine Prüfungen nicht bestand oder nicht lief, sonst der Ausgabe. Analysieren Sie den Lauf, um zu finden, wo er beginnt und warum.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="209"/>
        <source>What the analysis saw at “%1”</source>
        <translation>Was die Analyse bei „%1“ sah</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="212"/>
        <source>Anything wrong here follows from the failure that starts at “%1”.</source>
        <translation>Was hier falsch ist, folgt aus dem Fehler, der bei „%1“ beginnt.</translation>
    </message>
</context>
<context>
    <name>fapo::ExamplesModel</name>
    <message>
        <location filename="../models/examplesmodel.cpp" line="61"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="91"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="93"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="95"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="97"/>
        <source>Origin step</source>
        <translation>Ursprungsschritt</translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="99"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="101"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="103"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="105"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>fapo::ExamplesPanel</name>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="22"/>
        <source>Failed only</source>
        <translation>Nur fehlgeschlagene</translation>
    </message>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="27"/>
        <source>Filter by id or input text</source>
        <translation>Nach ID oder Eingabetext filtern</translation>
    </message>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="29"/>
        <location filename="../widgets/examplespanel.cpp" line="94"/>
        <source>Any origin</source>
        <translation>Alle Ursprünge</translation>
    </message>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="30"/>
        <source>Show only failures that start at this step</source>
        <translation>Nur Fehlschläge anzeigen, die in diesem Schritt ihren Ursprung haben</translation>
    </message>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="143"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>fapo::FailureLegend</name>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="60"/>
        <source>failures that start here</source>
        <translation>Fehler, die hier beginnen</translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="61"/>
        <source>failures that pass through</source>
        <translation>Fehler, die hier durchlaufen</translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="62"/>
        <source>own checks failed or errors</source>
        <translation>eigene Prüfungen fehlgeschlagen oder Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="63"/>
        <source>bar and %: share of the run&apos;s failures</source>
        <translation>Balken und %: Anteil an den Fehlern des Laufs</translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="72"/>
        <source>the failure starts here</source>
        <translation>der Fehler beginnt hier</translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="73"/>
        <source>carried it on</source>
        <translation>weitergetragen</translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="74"/>
        <source>wrong final answer</source>
        <translation>falsche Endantwort</translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="84"/>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
</context>
<context>
    <name>fapo::FailureMatrixModel</name>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="59"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="63"/>
        <source>%1, found by %2</source>
        <translation>%1, gefunden durch %2</translation>
    </message>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="65"/>
        <source>No analysis yet: taken to be the first step that failed (or the output)</source>
        <translation>Noch keine Analyse: als erster fehlgeschlagener Schritt (oder die Ausgabe) angenommen</translation>
    </message>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="67"/>
        <source>The final answer is wrong</source>
        <translation>Die Endantwort ist falsch</translation>
    </message>
</context>
<context>
    <name>fapo::FailureMatrixView</name>
    <message>
        <location filename="../widgets/failurematrixview.cpp" line="91"/>
        <source>Click a step to list the failures that start there first</source>
        <translation>Auf einen Schritt klicken, um die Fehler, die dort beginnen, zuerst aufzulisten</translation>
    </message>
</context>
<context>
    <name>fapo::GraphScene</name>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="258"/>
        <source>%1
Dataset input</source>
        <translation>%1
Datensatz-Eingabe</translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="265"/>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="265"/>
        <source>Kind: %1, model %2</source>
        <translation>Art: %1, Modell %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/graph/graphscene.cpp" line="270"/>
        <source>%n failure(s) start here (%1% of the run&apos;s failures)</source>
        <translation>
            <numerusform>%n Fehler beginnt hier (%1 % der Fehler des Laufs)</numerusform>
            <numerusform>%n Fehler beginnen hier (%1 % der Fehler des Laufs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/graph/graphscene.cpp" line="272"/>
        <source>%n failure(s) that started earlier pass through</source>
        <translation>
            <numerusform>%n früher begonnener Fehler läuft hier durch</numerusform>
            <numerusform>%n früher begonnene Fehler laufen hier durch</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="273"/>
        <source>Its own checks: %1 passed, %2 failed or errored</source>
        <translation>Eigene Prüfungen: %1 bestanden, %2 fehlgeschlagen oder mit Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="277"/>
        <source>The selected example&apos;s failure starts here</source>
        <translation>Der Fehlschlag des ausgewählten Beispiels hat hier seinen Ursprung</translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="280"/>
        <source>The selected example&apos;s failure passes through here</source>
        <translation>Der Fehlschlag des ausgewählten Beispiels pflanzt sich hier fort</translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="283"/>
        <source>The selected example passed</source>
        <translation>Das ausgewählte Beispiel hat bestanden</translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="289"/>
        <source>Output step of the pipeline</source>
        <translation>Ausgabeschritt der Pipeline</translation>
    </message>
</context>
<context>
    <name>fapo::GraphView</name>
    <message>
        <location filename="../widgets/graph/graphview.cpp" line="47"/>
        <source>Pipeline graph</source>
        <translation>Pipeline-Graph</translation>
    </message>
</context>
<context>
    <name>fapo::JsonTreeModel</name>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="77"/>
        <source>(value)</source>
        <translation>(Wert)</translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="168"/>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="170"/>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="172"/>
        <source>string</source>
        <translation>String</translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="174"/>
        <source>boolean</source>
        <translation>Boolean</translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="177"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="179"/>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/jsontreemodel.cpp" line="187"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n Schlüssel</numerusform>
            <numerusform>%n Schlüssel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/jsontreemodel.cpp" line="188"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="253"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="255"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="257"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>fapo::Judge</name>
    <message>
        <location filename="../core/eval/judge.cpp" line="39"/>
        <source>the judge&apos;s reply is not a grade: %1</source>
        <translation>die Antwort des Bewertungsmodells ist keine gültige Bewertung: %1</translation>
    </message>
</context>
<context>
    <name>fapo::KeyStore</name>
    <message>
        <location filename="../widgets/keystore.cpp" line="12"/>
        <source>No system keychain is available here (%1). Set the key in the environment instead.</source>
        <translation>Hier ist kein System-Schlüsselbund verfügbar (%1). Setzen Sie den Schlüssel stattdessen in der Umgebung.</translation>
    </message>
</context>
<context>
    <name>fapo::ListenDialog</name>
    <message>
        <location filename="../widgets/listendialog.cpp" line="30"/>
        <source>Listen for Traces</source>
        <translation>Auf Traces warten</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="35"/>
        <source>Apps instrumented with OpenTelemetry send their traces here over OTLP/HTTP (protobuf or JSON). Point their exporter at the address below; each trace appears in the graph as it arrives.</source>
        <translation>Mit OpenTelemetry instrumentierte Apps senden ihre Traces über OTLP/HTTP (Protobuf oder JSON) hierher. Richten Sie ihren Exporter auf die Adresse unten; jeder Trace erscheint im Graphen, sobald er ankommt.</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="42"/>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="45"/>
        <source>required unless the address is this machine&apos;s</source>
        <translation>nötig, außer die Adresse ist die dieses Rechners</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="47"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="48"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="49"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="55"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="57"/>
        <source>Store Traces In</source>
        <translation>Traces speichern in</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="57"/>
        <source>Workspaces (*.fapo)</source>
        <translation>Arbeitsbereiche (*.fapo)</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="66"/>
        <source>&amp;Workspace:</source>
        <translation>&amp;Arbeitsbereich:</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="78"/>
        <source>&amp;Listen</source>
        <translation>&amp;Warten</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="102"/>
        <source>&quot;%1&quot; is not an IP address (127.0.0.1 is this machine only; 0.0.0.0 is every network).</source>
        <translation>„%1“ ist keine IP-Adresse (127.0.0.1 ist nur dieser Rechner; 0.0.0.0 sind alle Netzwerke).</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="104"/>
        <source>Other machines may send to %1: set a token, which each request must carry as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Andere Rechner können an %1 senden: Legen Sie ein Token fest, das jede Anfrage als „Authorization: Bearer TOKEN“ mitsenden muss.</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="107"/>
        <source>The workspace must be a .fapo file.</source>
        <translation>Der Arbeitsbereich muss eine .fapo-Datei sein.</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="118"/>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="119"/>
        <source>Exporters send to %1 (as OTEL_EXPORTER_OTLP_ENDPOINT, give it without /v1/traces).</source>
        <translation>Exporter senden an %1 (als OTEL_EXPORTER_OTLP_ENDPOINT ohne /v1/traces angeben).</translation>
    </message>
</context>
<context>
    <name>fapo::LiveIndicator</name>
    <message>
        <location filename="../widgets/liveindicator.cpp" line="18"/>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <location filename="../widgets/liveindicator.cpp" line="19"/>
        <source>Stop listening for traces (what has arrived is kept)</source>
        <translation>Nicht mehr auf Traces warten (was angekommen ist, bleibt erhalten)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/liveindicator.cpp" line="65"/>
        <source>Listening on %1 · %2 spans/s · %n span(s)</source>
        <translation>
            <numerusform>Wartet auf %1 · %2 Spans/s · %n Span</numerusform>
            <numerusform>Wartet auf %1 · %2 Spans/s · %n Spans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fapo::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="30"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="31"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="39"/>
        <source>&amp;Import Traces…</source>
        <translation>Traces &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="57"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="62"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="60"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="38"/>
        <source>Open &amp;Team Workspace…</source>
        <translation>&amp;Team-Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="49"/>
        <source>&amp;Export Accepted Prompts…</source>
        <translation>Angenommene Prompts &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="51"/>
        <source>Export Accepted Prompts</source>
        <translation>Angenommene Prompts exportieren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="56"/>
        <source>Write the prompts with every approved or accepted rewrite, a diff and a report to a folder</source>
        <translation>Die Prompts mit jeder genehmigten oder angenommenen Umformulierung, ein Diff und einen Bericht in einen Ordner schreiben</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="64"/>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="65"/>
        <source>Run &amp;Dataset…</source>
        <translation>&amp;Datensatz ausführen…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="71"/>
        <source>&amp;Analyze Failures</source>
        <translation>Fehler &amp;analysieren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="73"/>
        <source>Find the step where each failure of the run on show starts</source>
        <translation>Den Schritt finden, in dem jeder Fehler des angezeigten Laufs beginnt</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="74"/>
        <source>&amp;Propose Rewrites</source>
        <translation>Umformulierungen &amp;vorschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="76"/>
        <source>Ask the optimizer model for rewrites of the step where most failures start</source>
        <translation>Das Optimierermodell um Umformulierungen des Schritts bitten, in dem die meisten Fehler beginnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="78"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="79"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="81"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="86"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="87"/>
        <source>&amp;Fit Graph</source>
        <translation>Graph &amp;einpassen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="89"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="90"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="94"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="95"/>
        <source>&amp;About FAPO Studio</source>
        <translation>Ü&amp;ber FAPO Studio</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="97"/>
        <source>About FAPO Studio</source>
        <translation>Über FAPO Studio</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="99"/>
        <source>FAPO Studio %1
Finds where pipeline failures start, and lets you decide every prompt change.</source>
        <translation>FAPO Studio %1
Findet den Ursprung von Fehlschlägen in Pipelines und überlässt Ihnen die Entscheidung über jede Prompt-Änderung.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="104"/>
        <source>Main</source>
        <translation>Hauptsymbolleiste</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="126"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="134"/>
        <source>Failure Matrix</source>
        <translation>Fehlermatrix</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="136"/>
        <source>Compare Runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="145"/>
        <source>Step Inspector</source>
        <translation>Schritt-Inspektor</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="146"/>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="211"/>
        <source>Stopped listening: %n span(s) received and stored.</source>
        <translation>
            <numerusform>Warten beendet: %n Span empfangen und gespeichert.</numerusform>
            <numerusform>Warten beendet: %n Spans empfangen und gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="282"/>
        <source>Open Team Workspace</source>
        <translation>Team-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="283"/>
        <source>A PostgreSQL database shared by the team, as postgresql://USER@HOST:PORT/DATABASE.
The password comes from PGPASSWORD or ~/.pgpass; it is never stored by FAPO Studio.</source>
        <translation>Eine PostgreSQL-Datenbank, die das Team teilt, als postgresql://USER@HOST:PORT/DATABASE.
Das Passwort kommt aus PGPASSWORD oder ~/.pgpass; FAPO Studio speichert es nie.</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="290"/>
        <source>&quot;%1&quot; is not a postgresql:// URL</source>
        <translation>„%1“ ist keine postgresql://-URL</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="368"/>
        <source>Stop &amp;Listening for Traces</source>
        <translation>&amp;Warten auf Traces beenden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="368"/>
        <location filename="../widgets/mainwindowlayout.cpp" line="47"/>
        <source>&amp;Listen for Traces…</source>
        <translation>Auf Traces &amp;warten…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="431"/>
        <location filename="../widgets/mainwindow.cpp" line="459"/>
        <source>FAPO Studio</source>
        <translation>FAPO Studio</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="431"/>
        <source>%1 — FAPO Studio</source>
        <translation>%1 — FAPO Studio</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="438"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="441"/>
        <source>No run yet: %1</source>
        <translation>Noch kein Lauf: %1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="442"/>
        <source>Open a pipeline or workspace: %1, or drop one here</source>
        <translation>Pipeline oder Arbeitsbereich öffnen: %1, oder hier ablegen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="140"/>
        <source>Where Failures Start</source>
        <translation>Wo Fehler beginnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="141"/>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="142"/>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="41"/>
        <source>Import Traces</source>
        <translation>Traces importieren</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="42"/>
        <source>Trace files (*.json *.jsonl);;All files (*)</source>
        <translation>Trace-Dateien (*.json *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="32"/>
        <source>Open Pipeline or Workspace</source>
        <translation>Pipeline oder Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="33"/>
        <source>Pipelines and workspaces (*.json *.fapo);;All files (*)</source>
        <translation>Pipelines und Arbeitsbereiche (*.json *.fapo);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>fapo::MiniMap</name>
    <message>
        <location filename="../widgets/graph/minimap.cpp" line="26"/>
        <source>Overview: click or drag to move the view</source>
        <translation>Übersicht: Klicken oder ziehen, um die Ansicht zu verschieben</translation>
    </message>
    <message>
        <location filename="../widgets/graph/minimap.cpp" line="27"/>
        <source>Graph overview</source>
        <translation>Graph-Übersicht</translation>
    </message>
</context>
<context>
    <name>fapo::ModelProxy</name>
    <message>
        <location filename="../core/app/modelproxy.cpp" line="105"/>
        <source>the model proxy cannot listen on 127.0.0.1: %1</source>
        <translation>der Modell-Proxy kann nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
    <message>
        <location filename="../core/app/modelproxy.cpp" line="318"/>
        <source>the model endpoint could not be reached: %1</source>
        <translation>der Modell-Endpunkt war nicht erreichbar: %1</translation>
    </message>
</context>
<context>
    <name>fapo::NodeItem</name>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="112"/>
        <source>LLM</source>
        <translation>LLM</translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="112"/>
        <source>LLM · %1</source>
        <translation>LLM · %1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="114"/>
        <source>Retrieve</source>
        <translation>Abruf</translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="116"/>
        <source>Transform</source>
        <translation>Transformation</translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="118"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="150"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="181"/>
        <location filename="../widgets/graph/nodeitem.cpp" line="366"/>
        <source>output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="414"/>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="414"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="419"/>
        <source>origin</source>
        <translation>Ursprung</translation>
    </message>
</context>
<context>
    <name>fapo::Optimizer</name>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="64"/>
        <source>--step %1: the pipeline has no model step with that id</source>
        <translation>--step %1: die Pipeline hat keinen Modellschritt mit dieser ID</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="71"/>
        <source>the optimizer model stopped: %1</source>
        <translation>das Optimierermodell hat angehalten: %1</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="81"/>
        <source>the optimizer model cannot be used: %1</source>
        <translation>das Optimierermodell kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="89"/>
        <source>%1: optimizing needs at least 3 examples (train, validation and test)</source>
        <translation>%1: Optimieren braucht mindestens 3 Beispiele (Training, Validierung und Test)</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizerbudget.cpp" line="54"/>
        <source>stopped before %1: it may take %2 calls and %3 of --budget-calls %4 are left</source>
        <translation>angehalten vor %1: es kann %2 Aufrufe brauchen, und von --budget-calls %4 sind %3 übrig</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizerbudget.cpp" line="62"/>
        <source>stopped before %1: $%2 of --budget-usd %3 spent</source>
        <translation>angehalten vor %1: $%2 von --budget-usd %3 ausgegeben</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="115"/>
        <location filename="../core/optimize/optimizer.cpp" line="607"/>
        <source>proposal %1 is not in the workspace</source>
        <translation>Vorschlag %1 ist nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="121"/>
        <source>proposal %1 has no round to be evaluated in</source>
        <translation>Vorschlag %1 hat keine Runde, in der er bewertet werden kann</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="211"/>
        <source>round %1: running the baseline</source>
        <translation>Runde %1: Basislauf wird ausgeführt</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="212"/>
        <source>the baseline run</source>
        <translation>dem Basislauf</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="227"/>
        <source>round %1: analysing run %2</source>
        <translation>Runde %1: Lauf %2 wird analysiert</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="277"/>
        <source>round %1: no failure starts at a model step that may be rewritten</source>
        <translation>Runde %1: kein Fehler beginnt in einem Modellschritt, der umformuliert werden darf</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="311"/>
        <source>the analysis says %1 of %2 failures that start at &quot;%3&quot; need a %4 change, which rewording cannot make</source>
        <translation>die Analyse sagt, dass %1 von %2 Fehlern, die bei „%3“ beginnen, eine Änderung der Ebene „%4“ brauchen, die keine Umformulierung leisten kann</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="320"/>
        <source>a round of %1 proposals at &quot;%2&quot; found nothing to accept</source>
        <translation>eine Runde mit Vorschlägen der Ebene „%1“ bei „%2“ fand nichts Annehmbares</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="324"/>
        <source>round %1: &quot;%2&quot; is a step of the app&apos;s own program; its structure is the program&apos;s to change</source>
        <translation>Runde %1: „%2“ ist ein Schritt des eigenen Programms der App; seine Struktur ändert das Programm</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="335"/>
        <source>round %1: nothing more to propose for &quot;%2&quot; at the levels allowed (--levels %3)%4</source>
        <translation>Runde %1: auf den erlaubten Ebenen (--levels %3) gibt es für „%2“ nichts mehr vorzuschlagen%4</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/optimize/optimizer.cpp" line="379"/>
        <source>round %1: trying %n setting(s) near &quot;%2&quot;</source>
        <translation>
            <numerusform>Runde %1: %n Einstellung nahe „%2“ wird probiert</numerusform>
            <numerusform>Runde %1: %n Einstellungen nahe „%2“ werden probiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="381"/>
        <source>round %1: no setting near &quot;%2&quot; is left to try</source>
        <translation>Runde %1: nahe „%2“ ist keine Einstellung mehr zu probieren</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="396"/>
        <source>a proposal could not be stored in %1</source>
        <translation>ein Vorschlag konnte nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="455"/>
        <source>asking for rewrites</source>
        <translation>der Bitte um Umformulierungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/optimize/optimizer.cpp" line="457"/>
        <source>round %1: asking for %n rewrite(s) of &quot;%2&quot;</source>
        <translation>
            <numerusform>Runde %1: Bitte um %n Umformulierung von „%2“</numerusform>
            <numerusform>Runde %1: Bitte um %n Umformulierungen von „%2“</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="473"/>
        <location filename="../core/optimize/optimizerstructure.cpp" line="41"/>
        <source>the reply breaks the schema: %1</source>
        <translation>die Antwort verletzt das Schema: %1</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="474"/>
        <location filename="../core/optimize/optimizerstructure.cpp" line="42"/>
        <source>the optimizer model failed: %1</source>
        <translation>das Optimierermodell ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="523"/>
        <source>the rewrite does not apply: %1</source>
        <translation>die Umformulierung lässt sich nicht anwenden: %1</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="547"/>
        <source>evaluating proposal %1</source>
        <translation>der Bewertung von Vorschlag %1</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="549"/>
        <source>round %1: proposal %2 on a minibatch of %3</source>
        <translation>Runde %1: Vorschlag %2 an einem Minibatch von %3</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="567"/>
        <source>no gain on the minibatch (%1 -&gt; %2)</source>
        <translation>kein Gewinn im Minibatch (%1 -&gt; %2)</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="575"/>
        <source>validating proposal %1</source>
        <translation>der Validierung von Vorschlag %1</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="578"/>
        <source>round %1: proposal %2 on the validation set (%3 examples)</source>
        <translation>Runde %1: Vorschlag %2 am Validierungssatz (%3 Beispiele)</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="663"/>
        <source>proposal %1 could not be updated in %2</source>
        <translation>Vorschlag %1 konnte in %2 nicht aktualisiert werden</translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="35"/>
        <source>gain %1 on validation is below --min-gain %2</source>
        <translation>Gewinn %1 bei der Validierung liegt unter --min-gain %2</translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="40"/>
        <source>gain %1 is not significant (sign test p = %2)</source>
        <translation>Gewinn %1 ist nicht signifikant (Vorzeichentest p = %2)</translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="45"/>
        <source>gain %1 is not significant once corrected for the %2 candidates compared (sign test p = %3; Holm threshold %4)</source>
        <translation>Gewinn %1 ist nach Korrektur für die %2 verglichenen Kandidaten nicht signifikant (Vorzeichentest p = %3; Holm-Schwelle %4)</translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="55"/>
        <source>gain %1 costs %2x per example, over --max-cost-increase %3</source>
        <translation>Gewinn %1 kostet das %2-Fache pro Beispiel, über --max-cost-increase %3</translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="85"/>
        <source>proposal %1 gains as much for less cost (%2x)</source>
        <translation>Vorschlag %1 gewinnt gleich viel für weniger Kosten (%2-fach)</translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="88"/>
        <source>proposal %1 gained more</source>
        <translation>Vorschlag %1 hat mehr gewonnen</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="671"/>
        <source>the held-out check of proposal %1</source>
        <translation>der Prüfung von Vorschlag %1 am zurückgehaltenen Satz</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="677"/>
        <source>proposal %1 cannot be applied for the held-out check: %2</source>
        <translation>Vorschlag %1 lässt sich für die Prüfung am zurückgehaltenen Satz nicht anwenden: %2</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="678"/>
        <source>round %1: proposal %2 on the held-out set</source>
        <translation>Runde %1: Vorschlag %2 am zurückgehaltenen Satz</translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="98"/>
        <source>loses %1 on the held-out set, beyond noise (%2)</source>
        <translation>verliert %1 am zurückgehaltenen Satz, mehr als das Rauschen (%2)</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="699"/>
        <source>validation %1 -&gt; %2; held-out %3 -&gt; %4</source>
        <translation>Validierung %1 -&gt; %2; zurückgehalten %3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="705"/>
        <source>; cost per example %1x</source>
        <translation>; Kosten pro Beispiel %1-fach</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="716"/>
        <source>the accepted version&apos;s baseline run</source>
        <translation>dem Basislauf der angenommenen Version</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="718"/>
        <source>round %1: running the accepted version</source>
        <translation>Runde %1: angenommene Version wird ausgeführt</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizerstructure.cpp" line="24"/>
        <source>asking for structural changes</source>
        <translation>Anfrage nach strukturellen Änderungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/optimize/optimizerstructure.cpp" line="27"/>
        <source>round %1: asking for %n structural change(s) around &quot;%2&quot;</source>
        <translation>
            <numerusform>Runde %1: %n strukturelle Änderung um „%2“ wird angefragt</numerusform>
            <numerusform>Runde %1: %n strukturelle Änderungen um „%2“ werden angefragt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fapo::OtlpReceiver</name>
    <message>
        <location filename="../core/live/otlpreceiver.cpp" line="102"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>kann nicht auf %1:%2 lauschen: %3</translation>
    </message>
</context>
<context>
    <name>fapo::ParameterSearch</name>
    <message>
        <location filename="../core/optimize/parametersearch.cpp" line="83"/>
        <source>%1 of %2 failing outputs of &quot;%3&quot; stop at max_tokens (%4): a larger limit lets them finish.</source>
        <translation>%1 von %2 fehlerhaften Ausgaben von „%3“ enden bei max_tokens (%4): ein größeres Limit lässt sie fertig werden.</translation>
    </message>
    <message>
        <location filename="../core/optimize/parametersearch.cpp" line="100"/>
        <source>%1 of %2 failures that start at &quot;%3&quot; are retrieval misses: &quot;%4&quot; may cut the passage with the answer. top_k %5 -&gt; %6 passes more passages on (longer prompts after it).</source>
        <translation>%1 von %2 Fehlern, die bei „%3“ beginnen, sind Suchfehler: „%4“ schneidet vielleicht die Passage mit der Antwort ab. top_k %5 -&gt; %6 gibt mehr Passagen weiter (längere Prompts danach).</translation>
    </message>
    <message>
        <location filename="../core/optimize/parametersearch.cpp" line="109"/>
        <source>&quot;%1&quot; feeds &quot;%2&quot;, where failures start: top_k %3 -&gt; %4 passes more passages on (longer prompts after it).</source>
        <translation>„%1“ speist „%2“, wo Fehler beginnen: top_k %3 -&gt; %4 gibt mehr Passagen weiter (längere Prompts danach).</translation>
    </message>
    <message>
        <location filename="../core/optimize/parametersearch.cpp" line="125"/>
        <source>&quot;%1&quot; must return JSON and %2 failures are in its form: parse json tolerates code fences and prose around it.</source>
        <translation>„%1“ muss JSON liefern, und %2 Fehler liegen in der Form: parse json toleriert Codeblöcke und Text darum herum.</translation>
    </message>
    <message>
        <location filename="../core/optimize/parametersearch.cpp" line="140"/>
        <source>%1 failures at &quot;%2&quot; are in its own output: model &quot;%3&quot; (%4) instead of &quot;%5&quot;.</source>
        <translation>%1 Fehler bei „%2“ liegen in seiner eigenen Ausgabe: Modell „%3“ (%4) statt „%5“.</translation>
    </message>
</context>
<context>
    <name>fapo::ParsedPane</name>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="33"/>
        <location filename="../widgets/inspector/parsedpane.cpp" line="71"/>
        <location filename="../widgets/inspector/parsedpane.cpp" line="75"/>
        <source>Expand All</source>
        <translation>Alle aufklappen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="37"/>
        <location filename="../widgets/inspector/parsedpane.cpp" line="80"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="38"/>
        <source>Copy the parsed value as indented JSON</source>
        <translation>Geparsten Wert als eingerücktes JSON kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="40"/>
        <source>Parsed value</source>
        <translation>Geparster Wert</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="71"/>
        <source>Collapse All</source>
        <translation>Alle zuklappen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="79"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inspector/parsedpane.cpp" line="99"/>
        <source>array, %n item(s)</source>
        <translation>
            <numerusform>Array, %n Element</numerusform>
            <numerusform>Array, %n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inspector/parsedpane.cpp" line="101"/>
        <source>object, %n key(s)</source>
        <translation>
            <numerusform>Objekt, %n Schlüssel</numerusform>
            <numerusform>Objekt, %n Schlüssel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fapo::PassagesView</name>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="55"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="55"/>
        <source>Gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="55"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="55"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="55"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="58"/>
        <source>Listed in the example&apos;s step_expected ids_include</source>
        <translation>In step_expected ids_include des Beispiels aufgeführt</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="74"/>
        <source>Select a passage to read its text.</source>
        <translation>Wählen Sie eine Passage aus, um ihren Text zu lesen.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="92"/>
        <source>No passages.</source>
        <translation>Keine Passagen.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="132"/>
        <source>gold</source>
        <translation>Gold</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="133"/>
        <source>A gold passage for this example</source>
        <translation>Eine Gold-Passage für dieses Beispiel</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inspector/passagesview.cpp" line="149"/>
        <source>%n passage(s) retrieved</source>
        <translation>
            <numerusform>%n Passage abgerufen</numerusform>
            <numerusform>%n Passagen abgerufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="151"/>
        <source>gold: %1 of %2 retrieved</source>
        <translation>Gold: %1 von %2 abgerufen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="153"/>
        <source>no gold passages for this example</source>
        <translation>keine Gold-Passagen für dieses Beispiel</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="156"/>
        <source>Missing gold (not retrieved): %1</source>
        <translation>Fehlende Gold-Passagen (nicht abgerufen): %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="216"/>
        <source>Passage text</source>
        <translation>Passagentext</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="220"/>
        <source>[%1] %2 — %3</source>
        <translation>[%1] %2 — %3</translation>
    </message>
</context>
<context>
    <name>fapo::PlainTextView</name>
    <message>
        <location filename="../widgets/inspector/plaintextview.cpp" line="20"/>
        <source>Substituted from &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Eingesetzt aus &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/plaintextview.cpp" line="150"/>
        <source>Copy All</source>
        <translation>Alles kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/plaintextview.cpp" line="152"/>
        <source>Wrap Lines</source>
        <translation>Zeilen umbrechen</translation>
    </message>
</context>
<context>
    <name>fapo::ProposalEdit</name>
    <message>
        <location filename="../core/optimize/proposaledit.cpp" line="19"/>
        <source>Proposal %1 cannot be edited: its run is not in the workspace.</source>
        <translation>Vorschlag %1 kann nicht bearbeitet werden: sein Lauf ist nicht im Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposaledit.cpp" line="35"/>
        <source>Proposal %1: the edited change is not a structural edit: %2</source>
        <translation>Vorschlag %1: die bearbeitete Änderung ist keine strukturelle Änderung: %2</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposaledit.cpp" line="61"/>
        <source>Edited by %1 from proposal %2. %3</source>
        <translation>Von %1 aus Vorschlag %2 bearbeitet. %3</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposaledit.cpp" line="69"/>
        <source>Proposal %1: the edited copy could not be stored in %2.</source>
        <translation>Vorschlag %1: Die bearbeitete Kopie konnte nicht in %2 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>fapo::ProposalsModel</name>
    <message>
        <location filename="../models/proposalsmodel.cpp" line="92"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../models/proposalsmodel.cpp" line="94"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../models/proposalsmodel.cpp" line="96"/>
        <source>Evaluation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <location filename="../models/proposalsmodel.cpp" line="98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../models/proposalsmodel.cpp" line="100"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location filename="../models/proposalsmodel.cpp" line="102"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>fapo::ReviewPanel</name>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="70"/>
        <source>&amp;Approve</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="71"/>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="72"/>
        <source>&amp;Edit and Re-evaluate…</source>
        <translation>&amp;Bearbeiten und neu bewerten…</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="73"/>
        <location filename="../widgets/review/reviewpanel.cpp" line="74"/>
        <source>Propose Rewrites</source>
        <translation>Umformulierungen vorschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="75"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="82"/>
        <source>Show the proposals whose evaluation reached this stage</source>
        <translation>Die Vorschläge zeigen, deren Bewertung diese Stufe erreicht hat</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="104"/>
        <source>Note for the record (optional)</source>
        <translation>Notiz für das Protokoll (optional)</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="105"/>
        <source>Apply this rewrite: it makes the next pipeline version (Alt+A; undo with Ctrl+Z)</source>
        <translation>Diese Umformulierung übernehmen: sie erzeugt die nächste Pipeline-Version (Alt+A; rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="106"/>
        <source>Reject this rewrite: it never reaches the export (Alt+R; undo with Ctrl+Z)</source>
        <translation>Diese Umformulierung ablehnen: sie gelangt nie in den Export (Alt+L; rückgängig mit Strg+Z)</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="107"/>
        <source>Edit the new prompt, then evaluate the edit on the validation set (Alt+E)</source>
        <translation>Den neuen Prompt bearbeiten und die Änderung am Validierungssatz bewerten (Alt+B)</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="108"/>
        <source>Ask the optimizer model for rewrites of the step where most failures start</source>
        <translation>Das Optimierermodell um Umformulierungen des Schritts bitten, in dem die meisten Fehler beginnen</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="116"/>
        <source>Failed before, pass with the rewrite: double-click to open in both runs</source>
        <translation>Vorher fehlgeschlagen, mit der Umformulierung bestanden: Doppelklick öffnet beide Läufe</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="117"/>
        <source>Passed before, fail with the rewrite: double-click to open in both runs</source>
        <translation>Vorher bestanden, mit der Umformulierung fehlgeschlagen: Doppelklick öffnet beide Läufe</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="122"/>
        <source>No proposals to review</source>
        <translation>Keine Vorschläge zu prüfen</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="123"/>
        <source>Rewrites proposed by the optimizer wait here for your decision. Nothing changes a prompt without one.</source>
        <translation>Vom Optimierer vorgeschlagene Umformulierungen warten hier auf Ihre Entscheidung. Ohne sie ändert sich kein Prompt.</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="137"/>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="147"/>
        <location filename="../widgets/review/reviewpanel.cpp" line="322"/>
        <source>Current prompt</source>
        <translation>Aktueller Prompt</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="153"/>
        <location filename="../widgets/review/reviewpanel.cpp" line="323"/>
        <source>Proposed prompt</source>
        <translation>Vorgeschlagener Prompt</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="160"/>
        <source>Fixed</source>
        <translation>Behoben</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="163"/>
        <source>Regressed</source>
        <translation>Verschlechtert</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="166"/>
        <source>Review checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="187"/>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="251"/>
        <source>All stages (%1)</source>
        <translation>Alle Stufen (%1)</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="254"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="294"/>
        <source>Approve proposal %1 without evidence?</source>
        <translation>Vorschlag %1 ohne Belege genehmigen?</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="295"/>
        <source>%1

Nothing shows that this rewrite helps: it never ran on the validation set. Approve it anyway? It becomes the next pipeline version (Ctrl+Z undoes it).</source>
        <translation>%1

Nichts zeigt, dass diese Umformulierung hilft: Sie lief nie auf dem Validierungsdatensatz. Trotzdem genehmigen? Sie wird zur nächsten Pipeline-Version (Strg+Z macht das rückgängig).</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="322"/>
        <source>Current setting</source>
        <translation>Aktuelle Einstellung</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="322"/>
        <source>Steps it changes</source>
        <translation>Schritte, die er ändert</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="323"/>
        <source>Proposed setting</source>
        <translation>Vorgeschlagene Einstellung</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="323"/>
        <source>New and changed steps</source>
        <translation>Neue und geänderte Schritte</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="326"/>
        <source>Proposal %1 for &quot;%2&quot; · structure: %3 · %4</source>
        <translation>Vorschlag %1 für „%2“ · Struktur: %3 · %4</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="328"/>
        <source>Proposal %1 for &quot;%2&quot; · setting %3 · %4</source>
        <translation>Vorschlag %1 für „%2“ · Einstellung %3 · %4</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="330"/>
        <source>Proposal %1 for &quot;%2&quot; · %3</source>
        <translation>Vorschlag %1 für „%2“ · %3</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="362"/>
        <source>cost per example $%1 → $%2 (%3×)</source>
        <translation>Kosten pro Beispiel $%1 → $%2 (%3×)</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="367"/>
        <source>output length %1 → %2 characters, distinct final outputs %3 → %4</source>
        <translation>Ausgabelänge %1 → %2 Zeichen, verschiedene Endausgaben %3 → %4</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="395"/>
        <source>%1 by %2, %3%4</source>
        <translation>%1 von %2, %3%4</translation>
    </message>
</context>
<context>
    <name>fapo::RoundsChart</name>
    <message>
        <location filename="../widgets/review/roundschart.cpp" line="41"/>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <location filename="../widgets/review/roundschart.cpp" line="45"/>
        <source>Validation score</source>
        <translation>Validierungsbewertung</translation>
    </message>
    <message>
        <location filename="../widgets/review/roundschart.cpp" line="49"/>
        <source>Test score</source>
        <translation>Testbewertung</translation>
    </message>
    <message>
        <location filename="../widgets/review/roundschart.cpp" line="56"/>
        <source>Round %1</source>
        <translation>Runde %1</translation>
    </message>
    <message>
        <location filename="../widgets/review/roundschart.cpp" line="79"/>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>fapo::RunDialog</name>
    <message>
        <location filename="../widgets/rundialog.cpp" line="19"/>
        <source>Send the model calls as &amp;batches</source>
        <translation>Modellaufrufe als &amp;Batches senden</translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="22"/>
        <location filename="../widgets/rundialog.cpp" line="29"/>
        <source>Run Dataset</source>
        <translation>Datensatz ausführen</translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="25"/>
        <source>A dataset file (JSON Lines)</source>
        <translation>Eine Datensatzdatei (JSON Lines)</translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="26"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="29"/>
        <source>Datasets (*.jsonl);;All files (*)</source>
        <translation>Datensätze (*.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="38"/>
        <source>Each step level of the whole dataset goes to the provider as one batch (Anthropic Message Batches, OpenAI Batch API): half the price, answered within 24 hours. You can close the window meanwhile; running the dataset again collects the batches already sent instead of paying twice. Models without a batch API are called as usual.</source>
        <translation>Jede Schrittebene des ganzen Datensatzes geht als ein Batch an den Anbieter (Anthropic Message Batches, OpenAI Batch API): zum halben Preis, beantwortet innerhalb von 24 Stunden. Sie können das Fenster derweil schließen; wird der Datensatz erneut ausgeführt, werden die bereits gesendeten Batches abgeholt, statt doppelt zu bezahlen. Modelle ohne Batch-API werden wie gewohnt aufgerufen.</translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="49"/>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="58"/>
        <source>&amp;Run</source>
        <translation>Aus&amp;führen</translation>
    </message>
</context>
<context>
    <name>fapo::Runner</name>
    <message>
        <location filename="../core/run/runplan.cpp" line="31"/>
        <source>model &quot;%1&quot; is not defined in &quot;models&quot;</source>
        <translation>Modell „%1“ ist in „models“ nicht definiert</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="36"/>
        <source>model &quot;%1&quot;: %2</source>
        <translation>Modell „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="65"/>
        <source>step &quot;%1&quot;: the corpus cannot be loaded:
%2</source>
        <translation>Schritt „%1“: Das Korpus kann nicht geladen werden:
%2</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="70"/>
        <source>step &quot;%1&quot;: %2</source>
        <translation>Schritt „%1“: %2</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="89"/>
        <source>the trust decision could not be stored in %1</source>
        <translation>die Vertrauensentscheidung konnte nicht in %1 gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="76"/>
        <source>%1 has command steps, which run programs on this machine; run once with --trust if you trust this pipeline file</source>
        <translation>%1 enthält command-Schritte, die Programme auf diesem Rechner ausführen; führen Sie einmalig mit --trust aus, wenn Sie dieser Pipeline-Datei vertrauen</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="126"/>
        <source>run %1 is not in the workspace</source>
        <translation>Lauf %1 ist nicht im Arbeitsbereich vorhanden</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="130"/>
        <source>run %1 was made with another pipeline version or dataset; it cannot be resumed with these</source>
        <translation>Lauf %1 wurde mit einer anderen Pipeline-Version oder einem anderen Datensatz erstellt; mit diesen kann er nicht fortgesetzt werden</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="136"/>
        <source>run %1 cannot be resumed: the workspace %2 refuses writes</source>
        <translation>Lauf %1 kann nicht fortgesetzt werden: der Arbeitsbereich %2 verweigert Schreibzugriffe</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="157"/>
        <source>cannot create a run in the workspace %1</source>
        <translation>im Arbeitsbereich %1 kann kein Lauf angelegt werden</translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="144"/>
        <source>not run: upstream step &quot;%1&quot; failed</source>
        <translation>nicht ausgeführt: vorgelagerter Schritt „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="412"/>
        <source>example &quot;%1&quot;: its records could not be stored in %2; the run stops here (run it again to resume)</source>
        <translation>Beispiel „%1“: seine Aufzeichnungen konnten nicht in %2 gespeichert werden; der Lauf endet hier (erneut starten, um fortzusetzen)</translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="457"/>
        <source>run %1: its end could not be stored in %2</source>
        <translation>Lauf %1: sein Ende konnte nicht in %2 gespeichert werden</translation>
    </message>
    <message>
        <location filename="../core/run/runapp.cpp" line="21"/>
        <source>prompt &quot;%1&quot;: %2 does not exist</source>
        <translation>Prompt „%1“: %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../core/run/runapp.cpp" line="26"/>
        <source>%1 runs the program %2 on this machine; run once with --trust if you trust this pipeline file</source>
        <translation>%1 führt das Programm %2 auf diesem Rechner aus; einmal mit --trust ausführen, wenn Sie dieser Pipeline-Datei vertrauen</translation>
    </message>
    <message>
        <location filename="../core/run/runapp.cpp" line="46"/>
        <source>cannot write the prompt set for the program: %1</source>
        <translation>der Prompt-Satz für das Programm kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../core/run/runapp.cpp" line="72"/>
        <source>cannot listen for the program&apos;s spans: %1</source>
        <translation>Die Spans des Programms können nicht empfangen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runapp.cpp" line="143"/>
        <source>%n model call(s) matched no prompt of the pipeline and became steps named by their model: %1</source>
        <translation>
            <numerusform>%n Modellaufruf passte zu keinem Prompt der Pipeline und wurde ein nach seinem Modell benannter Schritt: %1</numerusform>
            <numerusform>%n Modellaufrufe passten zu keinem Prompt der Pipeline und wurden nach ihrem Modell benannte Schritte: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fapo::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="23"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="27"/>
        <source>Model endpoints</source>
        <translation>Modell-Endpunkte</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="33"/>
        <source>Anthropic base URL</source>
        <translation>Anthropic-Basis-URL</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="34"/>
        <source>OpenAI-compatible base URL</source>
        <translation>OpenAI-kompatible Basis-URL</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="35"/>
        <source>A base_url in the pipeline file wins, then the environment, then these.</source>
        <translation>Eine base_url in der Pipeline-Datei hat Vorrang, dann die Umgebung, dann diese Werte.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="41"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="50"/>
        <source>Paste a key to store it</source>
        <translation>Schlüssel zum Speichern einfügen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="52"/>
        <source>Store</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="53"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="69"/>
        <source>Storing…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="88"/>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="90"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="91"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="92"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="95"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="96"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="98"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="99"/>
        <source>Font size</source>
        <translation>Schriftgröße</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="148"/>
        <source>Set in the environment; it is used first.</source>
        <translation>In der Umgebung gesetzt; wird zuerst verwendet.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="150"/>
        <source>Stored in the system keychain.</source>
        <translation>Im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="152"/>
        <source>Not set: calls to this provider will fail with an authentication error.</source>
        <translation>Nicht gesetzt: Aufrufe bei diesem Anbieter schlagen mit einem Authentifizierungsfehler fehl.</translation>
    </message>
</context>
<context>
    <name>fapo::StatusLine</name>
    <message>
        <location filename="../widgets/statusline.cpp" line="16"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="36"/>
        <source>Finishing calls in flight…</source>
        <translation>Laufende Aufrufe werden abgeschlossen…</translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="51"/>
        <source>Run %1 (%2)</source>
        <translation>Lauf %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statusline.cpp" line="52"/>
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="53"/>
        <source>%1 passed</source>
        <translation>%1 bestanden</translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="54"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statusline.cpp" line="55"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="56"/>
        <source>score %1</source>
        <translation>Punktzahl %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statusline.cpp" line="57"/>
        <source>%n model call(s)</source>
        <translation>
            <numerusform>%n Modellaufruf</numerusform>
            <numerusform>%n Modellaufrufe</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="58"/>
        <source>%1 tokens billed</source>
        <translation>%1 Tokens berechnet</translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="23"/>
        <location filename="../widgets/statusline.cpp" line="68"/>
        <source>%v / %m examples</source>
        <translation>%v / %m Beispiele</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statusline.cpp" line="103"/>
        <source>%n batch(es) at the provider: %1 of %2 requests done</source>
        <translation>
            <numerusform>%n Batch beim Anbieter: %1 von %2 Anfragen erledigt</numerusform>
            <numerusform>%n Batches beim Anbieter: %1 von %2 Anfragen erledigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fapo::StepBlameModel</name>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="67"/>
        <source>Failed examples whose failure started at or travelled through this step</source>
        <translation>Fehlgeschlagene Beispiele, deren Fehler in diesem Schritt begann oder durch ihn lief</translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="69"/>
        <source>Failed examples whose failure starts at this step</source>
        <translation>Fehlgeschlagene Beispiele, deren Fehler in diesem Schritt beginnt</translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="71"/>
        <source>Share of all failures that start at this step</source>
        <translation>Anteil aller Fehler, die in diesem Schritt beginnen</translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="73"/>
        <source>The run&apos;s score if the failures that start here were fixed</source>
        <translation>Die Bewertung des Laufs, wenn die hier beginnenden Fehler behoben wären</translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="81"/>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="83"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="85"/>
        <source>Start here</source>
        <translation>Beginnen hier</translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="87"/>
        <source>Blame</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="89"/>
        <source>Ceiling</source>
        <translation>Obergrenze</translation>
    </message>
</context>
<context>
    <name>fapo::StepHeader</name>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="56"/>
        <source>cached</source>
        <translation>aus Cache</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="58"/>
        <source>Answered from the response cache: no model call was paid for</source>
        <translation>Aus dem Antwort-Cache beantwortet: Es wurde kein Modellaufruf bezahlt</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="74"/>
        <source>Example</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="75"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="76"/>
        <source>Tokens in / out</source>
        <translation>Tokens ein / aus</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="77"/>
        <source>Cache read / write</source>
        <translation>Cache lesen / schreiben</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="78"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="79"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="80"/>
        <source>Request ID</source>
        <translation>Anfrage-ID</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="120"/>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="122"/>
        <source>Check failed</source>
        <translation>Prüfung fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="124"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="128"/>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="145"/>
        <source>No record for this example: an upstream step failed, or the run stopped.</source>
        <translation>Kein Eintrag für dieses Beispiel: Ein vorgelagerter Schritt ist fehlgeschlagen oder der Lauf wurde angehalten.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="157"/>
        <source>Failure starts here: %1</source>
        <translation>Fehler beginnt hier: %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="158"/>
        <source>Found by %1. The Evidence tab says what decided it.</source>
        <translation>Gefunden durch %1. Der Reiter „Belege“ zeigt, was entschied.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="160"/>
        <source>Failure starts here</source>
        <translation>Fehler beginnt hier</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="161"/>
        <source>No analysis yet: the first step that failed (or the output). Analyze the run to find where the failure starts.</source>
        <translation>Noch keine Analyse: der erste fehlgeschlagene Schritt (oder die Ausgabe). Analysieren Sie den Lauf, um zu finden, wo der Fehler beginnt.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="166"/>
        <source>Carried from %1</source>
        <translation>Weitergetragen von %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="172"/>
        <source>Failure starts at %1</source>
        <translation>Fehler beginnt bei %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="182"/>
        <source>Go to %1 →</source>
        <translation>Zu %1 →</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="183"/>
        <source>Inspect the step where this example&apos;s failure starts</source>
        <translation>Den Schritt untersuchen, bei dem der Fehler dieses Beispiels beginnt</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="186"/>
        <source>Own checks passed</source>
        <translation>Eigene Prüfungen bestanden</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="195"/>
        <location filename="../widgets/inspector/stepheader.cpp" line="197"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="200"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="202"/>
        <source>Started %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="205"/>
        <source>Answered from the cache: nothing was paid for this call.</source>
        <translation>Aus dem Cache beantwortet: Für diesen Aufruf sind keine Kosten angefallen.</translation>
    </message>
</context>
<context>
    <name>fapo::StepInspector</name>
    <message numerus="yes">
        <location filename="../widgets/inspector/stepinspector.cpp" line="57"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n Zeichen</numerusform>
            <numerusform>%n Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="70"/>
        <source>Select an example and a step to inspect it.</source>
        <translation>Wählen Sie ein Beispiel und einen Schritt aus, um ihn zu untersuchen.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="71"/>
        <source>No step selected</source>
        <translation>Kein Schritt ausgewählt</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="84"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="360"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="85"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="486"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="86"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="219"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="89"/>
        <source>Parsed</source>
        <translation>Geparst</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="90"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="307"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="94"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="558"/>
        <source>Passages</source>
        <translation>Passagen</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="101"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="102"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="316"/>
        <source>Why the analysis puts the example&apos;s failure where it does</source>
        <translation>Warum die Analyse den Fehler des Beispiels dort verortet</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="131"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="148"/>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="147"/>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="164"/>
        <source>Copy the system prompt as sent</source>
        <translation>Systemprompt wie gesendet kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="165"/>
        <source>Copy the prompt as sent</source>
        <translation>Prompt wie gesendet kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="182"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="183"/>
        <source>Copy the template</source>
        <translation>Vorlage kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="184"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="185"/>
        <source>Reference to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Verweis auf &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="206"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="218"/>
        <source>Copy the output text</source>
        <translation>Ausgabetext kopieren</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="317"/>
        <source>The example passed: there is no failure to explain</source>
        <translation>Das Beispiel hat bestanden: Es gibt keinen Fehler zu erklären</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="357"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="370"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="374"/>
        <source>Rendered template</source>
        <translation>Gerenderte Vorlage</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="378"/>
        <source>Standard input (JSON)</source>
        <translation>Standardeingabe (JSON)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="394"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="400"/>
        <source>The program filled in the template of prompt &quot;%1&quot; and sent this text; the Template tab shows the template.</source>
        <translation>Das Programm hat die Vorlage des Prompts „%1“ ausgefüllt und diesen Text gesendet; der Reiter „Vorlage“ zeigt die Vorlage.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="405"/>
        <source>The program has not called a model with this prompt for this example.</source>
        <translation>Das Programm hat für dieses Beispiel kein Modell mit diesem Prompt aufgerufen.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="408"/>
        <source>This step has not run for this example. Below is a preview rendered from the upstream outputs that exist.</source>
        <translation>Dieser Schritt wurde für dieses Beispiel nicht ausgeführt. Unten sehen Sie eine Vorschau, gerendert aus den vorhandenen vorgelagerten Ausgaben.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="413"/>
        <source>Recorded as the step received it; the step has no template to compare it with.</source>
        <translation>So aufgezeichnet, wie der Schritt es erhielt; der Schritt hat keine Vorlage, mit der es verglichen werden könnte.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="416"/>
        <source>The recorded text differs from the current template rendered with this example&apos;s records (the pipeline changed since this run?). Showing the recorded text; substitutions are not marked where it differs.</source>
        <translation>Der aufgezeichnete Text weicht von der aktuellen Vorlage ab, gerendert mit den Einträgen dieses Beispiels (wurde die Pipeline seit diesem Lauf geändert?). Angezeigt wird der aufgezeichnete Text; wo er abweicht, sind Ersetzungen nicht markiert.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="442"/>
        <source>Substituted:</source>
        <translation>Eingesetzt:</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="455"/>
        <source>Output of step %1: click to inspect it</source>
        <translation>Ausgabe von Schritt %1: zum Untersuchen klicken</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="459"/>
        <source>A field of the example&apos;s input</source>
        <translation>Ein Feld der Eingabe des Beispiels</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="474"/>
        <source>System template</source>
        <translation>Systemvorlage</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="478"/>
        <source>Prompt template</source>
        <translation>Prompt-Vorlage</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="482"/>
        <source>Query template (top %1)</source>
        <translation>Abfragevorlage (Top %1)</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="490"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="494"/>
        <source>argv:    %1
inputs:  %2
timeout: %3 ms</source>
        <translation>argv:    %1
inputs:  %2
timeout: %3 ms</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="508"/>
        <source>The step produced no output.</source>
        <translation>Der Schritt hat keine Ausgabe erzeugt.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="508"/>
        <source>This step has not run for this example.</source>
        <translation>Dieser Schritt wurde für dieses Beispiel nicht ausgeführt.</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="305"/>
        <source>No parsed value: the step&apos;s output is text</source>
        <translation>Kein geparster Wert: Die Ausgabe des Schritts ist Text</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="307"/>
        <source>Checks %1/%2</source>
        <translation>Prüfungen %1/%2</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="558"/>
        <source>Passages (%1)</source>
        <translation>Passagen (%1)</translation>
    </message>
</context>
<context>
    <name>fapo::StructureDiffView</name>
    <message>
        <location filename="../widgets/review/structurediffview.cpp" line="50"/>
        <source>Graph before</source>
        <translation>Graph vorher</translation>
    </message>
    <message>
        <location filename="../widgets/review/structurediffview.cpp" line="51"/>
        <source>Graph after</source>
        <translation>Graph nachher</translation>
    </message>
</context>
<context>
    <name>fapo::StudioSession</name>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="59"/>
        <source>Open a pipeline file first.</source>
        <translation>Öffnen Sie zuerst eine Pipeline-Datei.</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="61"/>
        <source>A run is already in progress.</source>
        <translation>Es läuft bereits ein Lauf.</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="75"/>
        <source>Not run: this pipeline runs programs on this computer, and they were not trusted.</source>
        <translation>Nicht ausgeführt: Diese Pipeline führt Programme auf diesem Computer aus, und ihnen wurde nicht vertraut.</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="92"/>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="108"/>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="130"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="137"/>
        <location filename="../core/session/sessionwork.cpp" line="184"/>
        <location filename="../core/session/sessionwork.cpp" line="197"/>
        <source>Open a workspace with a run first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich mit einem Lauf.</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="139"/>
        <source>An analysis is already in progress.</source>
        <translation>Es läuft bereits eine Analyse.</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="158"/>
        <source>Analysis %1 stored; the graph now shows where each failure starts.</source>
        <translation>Analyse %1 gespeichert; der Graph zeigt jetzt, wo jeder Fehler beginnt.</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="186"/>
        <location filename="../core/session/sessionwork.cpp" line="226"/>
        <source>A round of rewrites is already in progress.</source>
        <translation>Es läuft bereits eine Runde von Umformulierungen.</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="217"/>
        <source>Starting a round…</source>
        <translation>Runde wird gestartet…</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="224"/>
        <location filename="../core/session/studiosession.cpp" line="191"/>
        <location filename="../core/session/studiosession.cpp" line="240"/>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="239"/>
        <source>Proposal %1 is blocked: %2</source>
        <translation>Vorschlag %1 ist gesperrt: %2</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="249"/>
        <source>Evaluating proposal %1…</source>
        <translation>Vorschlag %1 wird bewertet…</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="253"/>
        <source>Checking the edited prompt of proposal %1…</source>
        <translation>Der bearbeitete Prompt von Vorschlag %1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="260"/>
        <source>No failure starts at a step whose prompt may be rewritten.</source>
        <translation>Kein Fehler beginnt in einem Schritt, dessen Prompt umformuliert werden darf.</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="262"/>
        <source>No round started; nothing was spent.</source>
        <translation>Keine Runde gestartet; es wurde nichts ausgegeben.</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="264"/>
        <source>Proposals are waiting in the Review panel.</source>
        <translation>Vorschläge warten im Bereich „Prüfung“.</translation>
    </message>
    <message>
        <location filename="../core/session/studiosession.cpp" line="145"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location filename="../core/session/studiosession.cpp" line="196"/>
        <source>Proposal %1 approved: pipeline version %2. Propose Rewrites starts the next round from it.</source>
        <translation>Vorschlag %1 angenommen: Pipeline-Version %2. „Umformulierungen vorschlagen“ startet die nächste Runde davon aus.</translation>
    </message>
    <message>
        <location filename="../core/session/studiosession.cpp" line="200"/>
        <source>Proposal %1 rejected.</source>
        <translation>Vorschlag %1 abgelehnt.</translation>
    </message>
    <message>
        <location filename="../core/session/studiosession.cpp" line="202"/>
        <source>Decision on proposal %1 undone.</source>
        <translation>Entscheidung zu Vorschlag %1 rückgängig gemacht.</translation>
    </message>
    <message>
        <location filename="../core/session/studiosession.cpp" line="234"/>
        <source>Run %1 changed in the shared workspace (stored by another person or job).</source>
        <translation>Lauf %1 hat sich im geteilten Arbeitsbereich geändert (von einer anderen Person oder einem anderen Job gespeichert).</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/studiosession.cpp" line="246"/>
        <source>Exported %n rewrite(s) to %1</source>
        <translation>
            <numerusform>%n Umformulierung nach %1 exportiert</numerusform>
            <numerusform>%n Umformulierungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/session/sessionlive.cpp" line="25"/>
        <source>Already listening on %1.</source>
        <translation>Wartet bereits auf %1.</translation>
    </message>
    <message>
        <location filename="../core/session/sessionlive.cpp" line="28"/>
        <source>Listening on %1 needs a token: without one only this machine may send traces.</source>
        <translation>Warten auf %1 braucht ein Token: Ohne eines darf nur dieser Rechner Traces senden.</translation>
    </message>
    <message>
        <location filename="../core/session/sessionlive.cpp" line="31"/>
        <source>Choose a workspace for the traces first.</source>
        <translation>Wählen Sie zuerst einen Arbeitsbereich für die Traces.</translation>
    </message>
</context>
<context>
    <name>fapo::cli</name>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="21"/>
        <source>replay</source>
        <comment>analysis stage</comment>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="23"/>
        <source>critic</source>
        <comment>analysis stage</comment>
        <translation>Kritiker</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/analyzecommand.cpp" line="33"/>
        <source>analysis %1 of run %2: %3 of %n example(s) failed (score %4)</source>
        <translation>
            <numerusform>Analyse %1 von Lauf %2: %3 von %n Beispiel fehlgeschlagen (Punktzahl %4)</numerusform>
            <numerusform>Analyse %1 von Lauf %2: %3 von %n Beispielen fehlgeschlagen (Punktzahl %4)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="40"/>
        <location filename="../app/cli/reviewcommands.cpp" line="108"/>
        <source>step</source>
        <comment>column heading</comment>
        <translation>Schritt</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="41"/>
        <source>failed</source>
        <comment>column heading</comment>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="42"/>
        <source>origin</source>
        <comment>column heading</comment>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="43"/>
        <source>blame</source>
        <comment>column heading</comment>
        <translation>Anteil</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="44"/>
        <source>ceiling</source>
        <comment>column heading</comment>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="53"/>
        <source>clusters:</source>
        <translation>Cluster:</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="56"/>
        <source>  %1  %2 [fix: %3]  %4%5</source>
        <translation>  %1  %2 [Korrektur: %3]  %4%5</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="65"/>
        <source>propagation: %1</source>
        <translation>Ausbreitung: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/analyzecommand.cpp" line="66"/>
        <source>  %n model call(s), $%1</source>
        <translation>
            <numerusform>  %n Modellaufruf, $%1</numerusform>
            <numerusform>  %n Modellaufrufe, $%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="68"/>
        <location filename="../app/cli/optimizecommand.cpp" line="43"/>
        <source>  note: %1</source>
        <translation>  Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="97"/>
        <source>Finds the step where each failure of a run starts (rules, counterfactual replay, the critic model) and how it spreads; stores the analysis in the workspace.</source>
        <translation>Findet den Schritt, in dem jeder Fehler eines Laufs beginnt (Regeln, kontrafaktische Wiederholung, das Kritikermodell), und wie er sich ausbreitet; speichert die Analyse im Arbeitsbereich.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="101"/>
        <source>Analyse this run (default: the newest).</source>
        <translation>Diesen Lauf analysieren (Standard: den neuesten).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="102"/>
        <source>At most N model calls for replay and the critic.</source>
        <translation>Höchstens N Modellaufrufe für Wiederholung und Kritiker.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="103"/>
        <source>Do not replay steps with repaired outputs.</source>
        <translation>Keine Schritte mit reparierten Ausgaben wiederholen.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="104"/>
        <source>Do not ask the critic model (rules and step gold only).</source>
        <translation>Das Kritikermodell nicht befragen (nur Regeln und Schritt-Referenzen).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="105"/>
        <location filename="../app/cli/optimizecommand.cpp" line="110"/>
        <location filename="../app/cli/runcommand.cpp" line="147"/>
        <source>Model calls in flight at most (default 4).</source>
        <translation>Höchstzahl gleichzeitig laufender Modellaufrufe (Standard 4).</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="106"/>
        <location filename="../app/cli/optimizecommand.cpp" line="111"/>
        <location filename="../app/cli/runcommand.cpp" line="148"/>
        <source>Do not answer requests from the workspace cache.</source>
        <translation>Anfragen nicht aus dem Cache des Arbeitsbereichs beantworten.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="107"/>
        <source>Allow replays to run this pipeline&apos;s command steps.</source>
        <translation>Wiederholungen erlauben, die command-Schritte dieser Pipeline auszuführen.</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="114"/>
        <location filename="../app/cli/optimizecommand.cpp" line="121"/>
        <location filename="../app/cli/runcommand.cpp" line="30"/>
        <source>usage: %1 [options] (see fapo %2 --help)</source>
        <translation>Aufruf: %1 [Optionen] (siehe fapo %2 --help)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/analyzecommand.cpp" line="149"/>
        <source>run %1: %n failed example(s); rules settled %2</source>
        <translation>
            <numerusform>Lauf %1: %n fehlgeschlagenes Beispiel; durch Regeln geklärt: %2</numerusform>
            <numerusform>Lauf %1: %n fehlgeschlagene Beispiele; durch Regeln geklärt: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/analyzecommand.cpp" line="153"/>
        <source>replay and the critic may make up to %n model call(s) (about $%1) for the other %2%3</source>
        <translation>
            <numerusform>Wiederholung und Kritiker können für die übrigen %2 bis zu %n Modellaufruf machen (etwa $%1)%3</numerusform>
            <numerusform>Wiederholung und Kritiker können für die übrigen %2 bis zu %n Modellaufrufe machen (etwa $%1)%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="157"/>
        <source>; capped at %1 by --budget-calls</source>
        <translation>; durch --budget-calls auf %1 begrenzt</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="158"/>
        <source>; cap them with --budget-calls N</source>
        <translation>; begrenzen Sie sie mit --budget-calls N</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="171"/>
        <source>interrupted; storing what is settled (Ctrl-C again to quit at once)</source>
        <translation>unterbrochen; das bereits Geklärte wird gespeichert (erneut Strg+C zum sofortigen Beenden)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="13"/>
        <location filename="../app/cli/workspacecommand.cpp" line="23"/>
        <source>Print one JSON document on stdout and nothing else there.</source>
        <translation>Ein JSON-Dokument auf stdout ausgeben und dort sonst nichts.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="14"/>
        <location filename="../app/cli/workspacecommand.cpp" line="24"/>
        <source>Print no progress.</source>
        <translation>Keinen Fortschritt ausgeben.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="17"/>
        <source>Workspace file, or a team&apos;s PostgreSQL database as postgresql://USER@HOST:PORT/DB (default: $FAPO_WORKSPACE, else the pipeline&apos;s name with .fapo).</source>
        <translation>Arbeitsbereichsdatei oder die PostgreSQL-Datenbank eines Teams als postgresql://USER@HOST:PORT/DB (Standard: $FAPO_WORKSPACE, sonst der Name der Pipeline mit .fapo).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="21"/>
        <source>trace, debug, info, warn, error or off (default: $FAPO_LOG_LEVEL, else warn).</source>
        <translation>trace, debug, info, warn, error oder off (Standard: $FAPO_LOG_LEVEL, sonst warn).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="27"/>
        <source>(see fapo %1 --help)</source>
        <translation>(siehe fapo %1 --help)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="48"/>
        <location filename="../app/cli/exportcommand.cpp" line="24"/>
        <location filename="../app/cli/reviewcommands.cpp" line="82"/>
        <location filename="../app/cli/reviewcommands.cpp" line="136"/>
        <location filename="../app/cli/runscommand.cpp" line="34"/>
        <location filename="../app/cli/servecommand.cpp" line="35"/>
        <location filename="../app/cli/workspacecommand.cpp" line="35"/>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="104"/>
        <source>--%1: expected a number of at least %2, got &quot;%3&quot;</source>
        <translation>--%1: erwartet wird eine Zahl von mindestens %2, erhalten: „%3“</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="115"/>
        <source>Send the model calls of each step level as one batch through the provider&apos;s batch API (Anthropic Message Batches, OpenAI Batch API): half price, answered within 24 h; a stopped run collects its batches when run again.</source>
        <translation>Die Modellaufrufe jeder Schrittebene als ein Batch über die Batch-API des Anbieters senden (Anthropic Message Batches, OpenAI Batch API): halber Preis, Antwort innerhalb von 24 h; ein angehaltener Lauf holt seine Batches ab, wenn er erneut ausgeführt wird.</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="117"/>
        <source>With --batch: ask for the batches&apos; state every S seconds (default 30).</source>
        <translation>Mit --batch: den Stand der Batches alle S Sekunden abfragen (Standard 30).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="134"/>
        <source>The pipeline file (names the default workspace).</source>
        <translation>Die Pipeline-Datei (bestimmt den Standard-Arbeitsbereich).</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="160"/>
        <source>%1: no workspace here; run the dataset first (fapo run PIPELINE --dataset FILE)</source>
        <translation>%1: hier gibt es keinen Arbeitsbereich; führen Sie zuerst den Datensatz aus (fapo run PIPELINE --dataset FILE)</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="170"/>
        <source>note: %1 MB of %2 is free space left by removed runs; &quot;fapo runs --compact&quot; gives it back</source>
        <translation>Hinweis: %1 MB von %2 sind freier Platz, den entfernte Läufe hinterlassen haben; „fapo runs --compact“ gibt ihn zurück</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="14"/>
        <source>Writes the pipeline with every approved or accepted rewrite applied (DIR/pipeline.json), each step&apos;s final prompt (DIR/prompts/), a unified diff (DIR/changes.diff) and a report (DIR/report.md). Your pipeline file is never modified.</source>
        <translation>Schreibt die Pipeline mit allen angenommenen oder akzeptierten Umformulierungen (DIR/pipeline.json), den endgültigen Prompt jedes Schritts (DIR/prompts/), ein Unified Diff (DIR/changes.diff) und einen Bericht (DIR/report.md). Ihre Pipeline-Datei wird nie verändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="18"/>
        <source>The folder to write (created when missing).</source>
        <translation>Der Zielordner (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="49"/>
        <source>exported to %1: %2</source>
        <translation>exportiert nach %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="51"/>
        <source>  %n rewrite(s) applied, %1 proposal(s) left out</source>
        <translation>
            <numerusform>  %n Umformulierung angewendet, ausgelassene Vorschläge: %1</numerusform>
            <numerusform>  %n Umformulierungen angewendet, ausgelassene Vorschläge: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="22"/>
        <source>format %1: %n trace(s), %2 spans, %3 steps, %4 edges, %5 problems</source>
        <translation>
            <numerusform>Format %1: %n Trace, Spans: %2, Schritte: %3, Kanten: %4, Probleme: %5</numerusform>
            <numerusform>Format %1: %n Traces, Spans: %2, Schritte: %3, Kanten: %4, Probleme: %5</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="33"/>
        <source>  %1 (%2, %n span(s)</source>
        <translation>
            <numerusform>  %1 (%2, %n Span</numerusform>
            <numerusform>  %1 (%2, %n Spans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="35"/>
        <source>, %1 failed</source>
        <translation>, %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="49"/>
        <source>Reads a trace file (OTLP JSON, Langfuse, Phoenix, fapo JSONL or a GenAI/OpenInference attribute map), stores it in a workspace as a run and prints its step graph.</source>
        <translation>Liest eine Trace-Datei (OTLP JSON, Langfuse, Phoenix, fapo JSONL oder eine GenAI/OpenInference-Attributzuordnung), speichert sie als Lauf in einem Arbeitsbereich und gibt ihren Schrittgraphen aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="53"/>
        <source>Keep what earlier imports stopped by a killed process had stored, marked interrupted (by default it is removed).</source>
        <translation>Behalten, was frühere, durch einen beendeten Prozess abgebrochene Importe gespeichert hatten, als unterbrochen markiert (standardmäßig wird es entfernt).</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="55"/>
        <source>The trace file.</source>
        <translation>Die Trace-Datei.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="83"/>
        <source>removed %n import(s) a killed process left unfinished</source>
        <translation>
            <numerusform>%n Import entfernt, den ein beendeter Prozess unfertig hinterlassen hat</numerusform>
            <numerusform>%n Importe entfernt, die ein beendeter Prozess unfertig hinterlassen hat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="85"/>
        <source>marked %n import(s) a killed process left unfinished as interrupted</source>
        <translation>
            <numerusform>%n Import, den ein beendeter Prozess unfertig hinterlassen hat, als unterbrochen markiert</numerusform>
            <numerusform>%n Importe, die ein beendeter Prozess unfertig hinterlassen hat, als unterbrochen markiert</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="100"/>
        <source>stored as run %1 in %2</source>
        <translation>als Lauf %1 in %2 gespeichert</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="21"/>
        <source>usage: fapo COMMAND [options]

commands:
  validate PIPELINE              check a pipeline (and its corpora, models); print the step graph
  run PIPELINE --dataset FILE    run every example; store traces, scores, tokens and cost
  analyze [PIPELINE]             find the step where each failure of the newest run starts, and how it spreads
  optimize PIPELINE --dataset FILE
                                 rounds of analyse, propose rewrites, evaluate, review
  proposals [PIPELINE]           the review queue
  approve ID / reject ID         decide a proposal (stored before it is reported)
  export --out DIR [PIPELINE]    the accepted prompts, a diff and a report
  import FILE                    read traces (OTLP JSON, Langfuse, Phoenix, fapo JSONL); print their step graph
  runs [PIPELINE]                the runs of a workspace: own runs, replays, evaluations, imports
  serve [PIPELINE]               receive traces over OTLP/HTTP (port 4318) and store them as they arrive
  workspace copy FROM TO         copy a workspace between a file and a PostgreSQL database (postgresql://...)

fapo COMMAND --help shows a command&apos;s options.
exit codes: 0 done, 1 the work failed, 2 bad input or usage, 3 --fail-under missed</source>
        <translation>Aufruf: fapo COMMAND [Optionen]

Befehle:
  validate PIPELINE              eine Pipeline prüfen (samt Korpora und Modellen); ihren Schrittgraphen ausgeben
  run PIPELINE --dataset FILE    jedes Beispiel ausführen; Traces, Punktzahlen, Token und Kosten speichern
  analyze [PIPELINE]             den Schritt finden, in dem jeder Fehler des neuesten Laufs beginnt, und wie er sich ausbreitet
  optimize PIPELINE --dataset FILE
                                 Runden aus Analyse, Umformulierungsvorschlägen, Bewertung und Prüfung
  proposals [PIPELINE]           die Vorschläge, die auf Prüfung warten
  approve ID / reject ID         über einen Vorschlag entscheiden (gespeichert, bevor es gemeldet wird)
  export --out DIR [PIPELINE]    die angenommenen Prompts, ein Diff und ein Bericht
  import FILE                    Traces einlesen (OTLP JSON, Langfuse, Phoenix, fapo JSONL); ihren Schrittgraphen ausgeben
  runs [PIPELINE]                die Läufe eines Arbeitsbereichs: eigene Läufe, Wiederholungen, Bewertungen, Importe
  serve [PIPELINE]               Traces über OTLP/HTTP (Port 4318) empfangen und beim Eintreffen speichern
  workspace copy FROM TO         einen Arbeitsbereich zwischen einer Datei und einer PostgreSQL-Datenbank kopieren (postgresql://...)

fapo COMMAND --help zeigt die Optionen eines Befehls.
Exit-Codes: 0 erledigt, 1 Arbeit fehlgeschlagen, 2 fehlerhafte Eingabe oder falscher Aufruf, 3 --fail-under nicht erreicht</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="75"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="99"/>
        <source>error: the workspace failed during the command, so its results are incomplete: %1</source>
        <translation>Fehler: Der Arbeitsbereich ist während des Befehls fehlgeschlagen, seine Ergebnisse sind daher unvollständig: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="26"/>
        <source>round %1: target &quot;%2&quot;; validation %3, test %4</source>
        <translation>Runde %1: Ziel „%2“; Validierung %3, Test %4</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="31"/>
        <source>  proposal %1: %2, validation %3 -&gt; %4%5</source>
        <translation>  Vorschlag %1: %2, Validierung %3 -&gt; %4%5</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/optimizecommand.cpp" line="39"/>
        <source>final score %1; %n model call(s), $%2</source>
        <translation>
            <numerusform>Endpunktzahl %1; %n Modellaufruf, $%2</numerusform>
            <numerusform>Endpunktzahl %1; %n Modellaufrufe, $%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="56"/>
        <source>proposal %1 for &quot;%2&quot;: validation %3 -&gt; %4</source>
        <translation>Vorschlag %1 für „%2“: Validierung %3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="59"/>
        <source>not evaluated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="60"/>
        <source>rationale: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="68"/>
        <source>approve, reject or skip? [a/r/S] </source>
        <translation>annehmen (a), ablehnen (r) oder überspringen (S)? [a/r/S] </translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="87"/>
        <source>Rounds of: analyse the run, ask the optimizer model for rewrites of the step where failures start, check them, evaluate them on what they affect, and apply the acceptance policy.</source>
        <translation>Runden aus: den Lauf analysieren, das Optimierermodell um Umformulierungen des Schritts bitten, in dem Fehler beginnen, diese prüfen, an dem bewerten, was sie betreffen, und die Annahmeregel anwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="91"/>
        <location filename="../app/cli/runcommand.cpp" line="145"/>
        <source>Dataset file (JSONL).</source>
        <translation>Datensatzdatei (JSONL).</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="92"/>
        <source>Rewrite this step instead of the one with the most blame.</source>
        <translation>Diesen Schritt umformulieren statt desjenigen mit dem größten Anteil.</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="93"/>
        <source>At most N rounds (default 1).</source>
        <translation>Höchstens N Runden (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="95"/>
        <source>Rewrites proposed per round (default 2); a round of settings tries at most max(N, 4) values.</source>
        <translation>Vorgeschlagene Umformulierungen pro Runde (Standard 2); eine Runde mit Einstellungen probiert höchstens max(N, 4) Werte.</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="96"/>
        <source>Stop before more than N model calls.</source>
        <translation>Vor mehr als N Modellaufrufen anhalten.</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="97"/>
        <source>Stop once X dollars are spent.</source>
        <translation>Anhalten, sobald X Dollar ausgegeben sind.</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="98"/>
        <source>Fraction of examples held out as the test split (default 0.2).</source>
        <translation>Anteil der Beispiele, der als Testaufteilung zurückgehalten wird (Standard 0.2).</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="99"/>
        <source>Seed of the splits (default 1).</source>
        <translation>Startwert der Aufteilungen (Standard 1).</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="100"/>
        <source>ask (default), auto or none.</source>
        <translation>ask (Standard), auto oder none.</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="101"/>
        <source>With --approve auto: the least validation gain accepted (default 0.05).</source>
        <translation>Mit --approve auto: der kleinste akzeptierte Validierungsgewinn (Standard 0.05).</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="104"/>
        <source>Kinds of change rounds may propose, smallest first: prompt, parameter, structure (default all).</source>
        <translation>Arten von Änderungen, die Runden vorschlagen dürfen, die kleinste zuerst: prompt, parameter, structure (Standard: alle).</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="107"/>
        <source>With --approve auto: accept no change that raises the cost per example by more than this fraction (0.5: +50%).</source>
        <translation>Mit --approve auto: keine Änderung annehmen, die die Kosten pro Beispiel um mehr als diesen Anteil erhöht (0.5: +50 %).</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="109"/>
        <source>Use only the first N examples.</source>
        <translation>Nur die ersten N Beispiele verwenden.</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="112"/>
        <location filename="../app/cli/runcommand.cpp" line="151"/>
        <source>Allow this pipeline&apos;s command steps to run programs (remembered).</source>
        <translation>Den command-Schritten dieser Pipeline erlauben, Programme auszuführen (wird gespeichert).</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="115"/>
        <source>The pipeline file (JSON); it is never modified.</source>
        <translation>Die Pipeline-Datei (JSON); sie wird nie verändert.</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="139"/>
        <source>--holdout %1: leave at least a fifth of the examples for train and validation</source>
        <translation>--holdout %1: lassen Sie mindestens ein Fünftel der Beispiele für Training und Validierung übrig</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="156"/>
        <source>--levels: &quot;%1&quot; is not prompt, parameter or structure</source>
        <translation>--levels: „%1“ ist nicht prompt, parameter oder structure</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="163"/>
        <source>--levels needs at least one of prompt, parameter, structure</source>
        <translation>--levels braucht mindestens eines von prompt, parameter, structure</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="171"/>
        <source>--approve must be ask, auto or none, not &quot;%1&quot;</source>
        <translation>--approve muss ask, auto oder none sein, nicht „%1“</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="204"/>
        <source>continuing from pipeline version %1, which approved rewrites made from %2</source>
        <translation>es geht weiter mit Pipeline-Version %1, die angenommene Umformulierungen aus %2 erzeugt haben</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/optimizecommand.cpp" line="214"/>
        <source>each round may take up to %n model call(s) (about %1 tokens, $%2)%3</source>
        <translation>
            <numerusform>jede Runde kann bis zu %n Modellaufruf benötigen (etwa %1 Token, $%2)%3</numerusform>
            <numerusform>jede Runde kann bis zu %n Modellaufrufe benötigen (etwa %1 Token, $%2)%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="217"/>
        <source>; the budget caps it</source>
        <translation>; das Budget begrenzt sie</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="218"/>
        <source>; cap with --budget-calls or --budget-usd</source>
        <translation>; begrenzen Sie sie mit --budget-calls oder --budget-usd</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="230"/>
        <source>interrupted; keeping what is done (Ctrl-C again to quit at once)</source>
        <translation>unterbrochen; das Erledigte bleibt erhalten (erneut Strg+C zum sofortigen Beenden)</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="249"/>
        <source>the budget was spent before any result</source>
        <translation>das Budget war vor dem ersten Ergebnis aufgebraucht</translation>
    </message>
    <message>
        <location filename="../app/cli/progressreporter.cpp" line="27"/>
        <source>%1/%2 examples  %3 calls in flight  %4 s</source>
        <translation>%1/%2 Beispiele  %3 laufende Aufrufe  %4 s</translation>
    </message>
    <message>
        <location filename="../app/cli/progressreporter.cpp" line="43"/>
        <source>%1/%2 examples (%3%), %4 s</source>
        <translation>%1/%2 Beispiele (%3&#xa0;%), %4 s</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="63"/>
        <source>Lists the proposed changes (prompt rewrites and settings) and what became of them.</source>
        <translation>Listet die vorgeschlagenen Änderungen (Prompt-Umformulierungen und Einstellungen) und was aus ihnen wurde.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="66"/>
        <source>Only proposals with this status (pending, approved, accepted, rejected, blocked).</source>
        <translation>Nur Vorschläge mit diesem Status (pending, approved, accepted, rejected, blocked).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="77"/>
        <source>--status: &quot;%1&quot; is not one of pending, approved, accepted, rejected, blocked</source>
        <translation>--status: „%1“ ist keiner von pending, approved, accepted, rejected, blocked</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="103"/>
        <source>no proposals yet; fapo optimize PIPELINE --dataset FILE makes some</source>
        <translation>noch keine Vorschläge; fapo optimize PIPELINE --dataset FILE erstellt welche</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="107"/>
        <location filename="../app/cli/runscommand.cpp" line="92"/>
        <source>id</source>
        <comment>column heading</comment>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="109"/>
        <location filename="../app/cli/runscommand.cpp" line="94"/>
        <source>status</source>
        <comment>column heading</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="110"/>
        <source>before</source>
        <comment>column heading</comment>
        <translation>vorher</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="111"/>
        <source>after</source>
        <comment>column heading</comment>
        <translation>nachher</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="112"/>
        <source>why</source>
        <comment>column heading</comment>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="124"/>
        <source>Approves a proposal: its rewrite makes the next pipeline version.</source>
        <translation>Nimmt einen Vorschlag an: seine Umformulierung ergibt die nächste Pipeline-Version.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="125"/>
        <source>Rejects a proposal: it never reaches the export.</source>
        <translation>Lehnt einen Vorschlag ab: er gelangt nie in den Export.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="128"/>
        <source>Why, for the record.</source>
        <translation>Begründung, fürs Protokoll.</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="129"/>
        <source>Who decides (default: $FAPO_USER or the login name).</source>
        <translation>Wer entscheidet (Standard: $FAPO_USER oder der Anmeldename).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="130"/>
        <source>The proposal (fapo proposals lists them).</source>
        <translation>Der Vorschlag (fapo proposals listet sie auf).</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="141"/>
        <source>&quot;%1&quot; is not a proposal id (a number)</source>
        <translation>„%1“ ist keine Vorschlags-ID (eine Zahl)</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="160"/>
        <source>proposal %1 is no longer in the workspace</source>
        <translation>Vorschlag %1 ist nicht mehr im Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="166"/>
        <source>proposal %1 (%2) approved by %3%4</source>
        <translation>Vorschlag %1 (%2) angenommen von %3%4</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="167"/>
        <source>proposal %1 (%2) rejected by %3%4</source>
        <translation>Vorschlag %1 (%2) abgelehnt von %3%4</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="169"/>
        <source>; pipeline version %1</source>
        <translation>; Pipeline-Version %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/runcommand.cpp" line="118"/>
        <source>run %1 %2: %n example(s), %3 passed, %4 failed, %5 errors; score %6</source>
        <translation>
            <numerusform>Lauf %1 %2: %n Beispiel, %3 bestanden, %4 fehlgeschlagen, %5 Fehler; Punktzahl %6</numerusform>
            <numerusform>Lauf %1 %2: %n Beispiele, %3 bestanden, %4 fehlgeschlagen, %5 Fehler; Punktzahl %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/runcommand.cpp" line="125"/>
        <source>  %n model call(s), %1 cache hits, %2 tokens in, %3 out, $%4, %5 s</source>
        <translation>
            <numerusform>  %n Modellaufruf, %1 Cache-Treffer, %2 Token ein, %3 aus, $%4, %5 s</numerusform>
            <numerusform>  %n Modellaufrufe, %1 Cache-Treffer, %2 Token ein, %3 aus, $%4, %5 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/runcommand.cpp" line="131"/>
        <source>  resumed: %n example(s) kept from the interrupted attempt</source>
        <translation>
            <numerusform>  fortgesetzt: %n Beispiel aus dem unterbrochenen Versuch übernommen</numerusform>
            <numerusform>  fortgesetzt: %n Beispiele aus dem unterbrochenen Versuch übernommen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="134"/>
        <source>  workspace: %1</source>
        <translation>  Arbeitsbereich: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="142"/>
        <source>Runs every example of a dataset through a pipeline.</source>
        <translation>Schickt jedes Beispiel eines Datensatzes durch eine Pipeline.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="146"/>
        <source>Run only the first N examples.</source>
        <translation>Nur die ersten N Beispiele ausführen.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="149"/>
        <source>Continue this interrupted run.</source>
        <translation>Diesen unterbrochenen Lauf fortsetzen.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="150"/>
        <source>Start a new run even if an interrupted one exists.</source>
        <translation>Einen neuen Lauf beginnen, auch wenn es einen unterbrochenen gibt.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="152"/>
        <source>Exit with 3 when the score is below X.</source>
        <translation>Mit 3 beenden, wenn die Punktzahl unter X liegt.</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="153"/>
        <source>Write a JUnit XML report (one test case per example).</source>
        <translation>Einen JUnit-XML-Bericht schreiben (ein Testfall pro Beispiel).</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="156"/>
        <location filename="../app/cli/validatecommand.cpp" line="72"/>
        <source>The pipeline file (JSON).</source>
        <translation>Die Pipeline-Datei (JSON).</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="200"/>
        <source>interrupted; finishing what is stored (Ctrl-C again to quit at once)</source>
        <translation>unterbrochen; das bereits Gespeicherte wird abgeschlossen (erneut Strg+C zum sofortigen Beenden)</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="219"/>
        <source>run %1 interrupted; run the same command again (or --resume %1) to continue</source>
        <translation>Lauf %1 unterbrochen; führen Sie denselben Befehl erneut aus (oder --resume %1), um fortzufahren</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="223"/>
        <source>every example failed with an error; is the model provider reachable?</source>
        <translation>jedes Beispiel ist mit einem Fehler abgebrochen; ist der Modellanbieter erreichbar?</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="227"/>
        <source>score %1 is below --fail-under %2</source>
        <translation>Punktzahl %1 liegt unter --fail-under %2</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="35"/>
        <source>model &quot;%1&quot;: %2</source>
        <translation>Modell „%1“: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="57"/>
        <source>%1: app pipeline running %2; %n prompt(s)</source>
        <translation>
            <numerusform>%1: App-Pipeline, führt %2 aus; %n Prompt</numerusform>
            <numerusform>%1: App-Pipeline, führt %2 aus; %n Prompts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="60"/>
        <source>, not optimized</source>
        <translation>, nicht optimiert</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="69"/>
        <source>Checks a pipeline file, its corpora and models, and prints its step graph.</source>
        <translation>Prüft eine Pipeline-Datei, ihre Korpora und Modelle und gibt ihren Schrittgraphen aus.</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="71"/>
        <source>Also check this dataset against the pipeline.</source>
        <translation>Auch diesen Datensatz gegen die Pipeline prüfen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="112"/>
        <source>%1: %n step(s), %2 inputs, %3 edges; output: %4</source>
        <translation>
            <numerusform>%1: %n Schritt, Eingaben: %2, Kanten: %3; Ausgabe: %4</numerusform>
            <numerusform>%1: %n Schritte, Eingaben: %2, Kanten: %3; Ausgabe: %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="124"/>
        <source>, model %1</source>
        <translation>, Modell %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="26"/>
        <source>Lists the runs of a workspace: fapo&apos;s own runs, replays and evaluations, and imported or received traces.</source>
        <translation>Listet die Läufe eines Arbeitsbereichs: eigene Läufe von fapo, Wiederholungen und Bewertungen sowie importierte oder empfangene Traces.</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="29"/>
        <source>First give back the space removed runs left free in the file (VACUUM).</source>
        <translation>Zuerst den Platz zurückgeben, den entfernte Läufe in der Datei frei gelassen haben (VACUUM).</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="51"/>
        <source>compacted %1: %2 MB to %3 MB</source>
        <translation>%1 verdichtet: %2 MB auf %3 MB</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="88"/>
        <source>no runs yet; fapo run, fapo import or fapo serve makes some</source>
        <translation>noch keine Läufe; fapo run, fapo import oder fapo serve legen welche an</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="93"/>
        <source>kind</source>
        <comment>column heading</comment>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="95"/>
        <source>created</source>
        <comment>column heading</comment>
        <translation>angelegt</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="96"/>
        <source>examples</source>
        <comment>column heading</comment>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="97"/>
        <source>spans</source>
        <comment>column heading</comment>
        <translation>Spans</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="98"/>
        <source>score</source>
        <comment>column heading</comment>
        <translation>Wertung</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="19"/>
        <source>Receives traces over OTLP/HTTP (POST /v1/traces, protobuf or JSON) and stores them in a workspace as they arrive, grouped into steps as fapo import groups a file. Runs until Ctrl-C.</source>
        <translation>Empfängt Traces über OTLP/HTTP (POST /v1/traces, Protobuf oder JSON) und speichert sie beim Eintreffen in einem Arbeitsbereich, in Schritte gruppiert wie fapo import eine Datei gruppiert. Läuft bis Strg-C.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="23"/>
        <source>Listen on this port (default 4318; 0: any free port).</source>
        <translation>Auf diesem Port lauschen (Standard 4318; 0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="24"/>
        <source>Listen on this address (default 127.0.0.1; another needs --token).</source>
        <translation>Auf dieser Adresse lauschen (Standard 127.0.0.1; eine andere braucht --token).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="26"/>
        <source>Serve only requests with &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>Nur Anfragen mit „Authorization: Bearer TOKEN“ bedienen.</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="27"/>
        <source>Refuse bodies larger than this after decompression (default 64).</source>
        <translation>Größere Inhalte (nach dem Entpacken) ablehnen (Standard 64).</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="48"/>
        <source>--port: %1 is not a port (0 to 65535)</source>
        <translation>--port: %1 ist kein Port (0 bis 65535)</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="57"/>
        <source>--bind: &quot;%1&quot; is not an IP address</source>
        <translation>--bind: „%1“ ist keine IP-Adresse</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="62"/>
        <source>--bind %1 lets other machines send traces; give --token as well</source>
        <translation>--bind %1 lässt andere Rechner Traces senden; geben Sie auch --token an</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="82"/>
        <source>listening on %1</source>
        <translation>lausche auf %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/servecommand.cpp" line="86"/>
        <source>run %1: %n span(s) so far</source>
        <translation>
            <numerusform>Lauf %1: bisher %n Span</numerusform>
            <numerusform>Lauf %1: bisher %n Spans</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/servecommand.cpp" line="106"/>
        <source>%n request(s) answered; %1 spans in %2 traces, %3 steps; run %4 in %5</source>
        <translation>
            <numerusform>%n Anfrage beantwortet; %1 Spans in %2 Traces, %3 Schritte; Lauf %4 in %5</numerusform>
            <numerusform>%n Anfragen beantwortet; %1 Spans in %2 Traces, %3 Schritte; Lauf %4 in %5</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="20"/>
        <source>Copies a workspace into a new one: a file onto a team&apos;s PostgreSQL database (postgresql://USER@HOST:PORT/DB; the password from PGPASSWORD or ~/.pgpass), or back.</source>
        <translation>Kopiert einen Arbeitsbereich in einen neuen: eine Datei in die PostgreSQL-Datenbank eines Teams (postgresql://USER@HOST:PORT/DB; das Passwort aus PGPASSWORD oder ~/.pgpass) oder zurück.</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="25"/>
        <source>The action (copy).</source>
        <translation>Die Aktion (copy).</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="26"/>
        <source>The workspace to copy (a .fapo file or a postgresql:// URL).</source>
        <translation>Der zu kopierende Arbeitsbereich (eine .fapo-Datei oder eine postgresql://-URL).</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="28"/>
        <source>The new workspace (a file that does not exist yet, or an empty database).</source>
        <translation>Der neue Arbeitsbereich (eine Datei, die es noch nicht gibt, oder eine leere Datenbank).</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="41"/>
        <source>%1: no workspace here</source>
        <translation>%1: hier ist kein Arbeitsbereich</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="45"/>
        <source>%1: the file exists already; copy into a new file</source>
        <translation>%1: die Datei gibt es schon; in eine neue Datei kopieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/workspacecommand.cpp" line="60"/>
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n Zeile</numerusform>
            <numerusform>%1: %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="73"/>
        <source>copied %1 to %2</source>
        <translation>%1 nach %2 kopiert</translation>
    </message>
</context>
<context>
    <name>fapo::diagnostics</name>
    <message>
        <location filename="../core/formats/dataset.cpp" line="25"/>
        <location filename="../core/formats/pipelineloader.cpp" line="538"/>
        <source>cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="52"/>
        <source>each line must be one JSON object</source>
        <translation>Jede Zeile muss genau ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="72"/>
        <source>&quot;id&quot; must be a string or an integer</source>
        <translation>&quot;id&quot; muss eine Zeichenkette oder eine ganze Zahl sein</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="112"/>
        <source>duplicate example id &quot;%1&quot; (first on line %2)</source>
        <translation>Beispiel-ID &quot;%1&quot; kommt doppelt vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="121"/>
        <source>example &quot;%1&quot; needs &quot;input&quot;: an object of fields</source>
        <translation>Beispiel &quot;%1&quot; braucht &quot;input&quot;: ein Objekt mit Feldern</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="130"/>
        <source>&quot;step_expected&quot; must be an object keyed by step id</source>
        <translation>&quot;step_expected&quot; muss ein Objekt mit Schritt-IDs als Schlüsseln sein</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="141"/>
        <source>the dataset has no examples</source>
        <translation>Der Datensatz enthält keine Beispiele</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="166"/>
        <source>a document needs an &quot;id&quot;</source>
        <translation>Ein Dokument braucht eine &quot;id&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="170"/>
        <source>duplicate document id &quot;%1&quot; (first on line %2)</source>
        <translation>Dokument-ID &quot;%1&quot; kommt doppelt vor (zuerst in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="176"/>
        <source>document &quot;%1&quot; needs &quot;text&quot;: a string</source>
        <translation>Dokument &quot;%1&quot; braucht &quot;text&quot;: eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="180"/>
        <source>&quot;title&quot; must be a string</source>
        <translation>&quot;title&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="191"/>
        <source>the corpus has no documents: retrieval from it finds nothing</source>
        <translation>der Korpus enthält keine Dokumente: eine Suche darin findet nichts</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="205"/>
        <source>example &quot;%1&quot; has no input field &quot;%2&quot;, which the pipeline reads as {{input.%2}}</source>
        <translation>Beispiel &quot;%1&quot; hat kein Eingabefeld &quot;%2&quot;, das die Pipeline als {{input.%2}} liest</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="212"/>
        <source>example &quot;%1&quot;: step_expected names step &quot;%2&quot;, which the pipeline does not have</source>
        <translation>Beispiel &quot;%1&quot;: step_expected nennt den Schritt &quot;%2&quot;, den die Pipeline nicht hat</translation>
    </message>
    <message>
        <location filename="../core/formats/diagnostic.cpp" line="95"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../core/formats/diagnostic.cpp" line="96"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../core/formats/jsondocument.cpp" line="185"/>
        <source>invalid JSON: nested deeper than %1 levels</source>
        <translation>ungültiges JSON: tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location filename="../core/formats/jsondocument.cpp" line="189"/>
        <source>invalid JSON: a NUL byte (is this a text file?)</source>
        <translation>ungültiges JSON: ein NUL-Byte (ist das eine Textdatei?)</translation>
    </message>
    <message>
        <location filename="../core/formats/jsondocument.cpp" line="201"/>
        <source>invalid JSON: %1</source>
        <translation>Ungültiges JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="16"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="19"/>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="21"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="23"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="25"/>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="27"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="29"/>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="39"/>
        <source>%1 needs the field &quot;%2&quot;</source>
        <translation>%1 braucht das Feld &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="45"/>
        <source>%1: &quot;%2&quot; must be a string, not %3</source>
        <translation>%1: &quot;%2&quot; muss eine Zeichenkette sein, ist aber %3</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="59"/>
        <source>%1: &quot;%2&quot; must be an integer, not %3</source>
        <translation>%1: &quot;%2&quot; muss eine ganze Zahl sein, ist aber %3</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="66"/>
        <location filename="../core/formats/jsonfieldreader.cpp" line="88"/>
        <source>%1: &quot;%2&quot; must be at least %3, not %4</source>
        <translation>%1: &quot;%2&quot; muss mindestens %3 sein, ist aber %4</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="81"/>
        <source>%1: &quot;%2&quot; must be a number, not %3</source>
        <translation>%1: &quot;%2&quot; muss eine Zahl sein, ist aber %3</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="90"/>
        <source>%1: &quot;%2&quot; must be between %3 and %4, not %5</source>
        <translation>%1: „%2“ muss zwischen %3 und %4 liegen, nicht %5</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="104"/>
        <source>%1: &quot;%2&quot; must be true or false, not %3</source>
        <translation>%1: &quot;%2&quot; muss true oder false sein, ist aber %3</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="120"/>
        <source>%1: &quot;%2&quot; must be a list of strings, not %3</source>
        <translation>%1: &quot;%2&quot; muss eine Liste von Zeichenketten sein, ist aber %3</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="129"/>
        <source>%1: &quot;%2&quot;[%3] must be a string, not %4</source>
        <translation>%1: &quot;%2&quot;[%3] muss eine Zeichenkette sein, ist aber %4</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="142"/>
        <source>%1 %2 not found (looked for %3)</source>
        <translation>%1 %2 nicht gefunden (gesucht wurde %3)</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="154"/>
        <source>%1: unknown field %2 is ignored</source>
        <translation>%1: Das unbekannte Feld %2 wird ignoriert</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="52"/>
        <source>a pipeline file must hold one JSON object, not %1</source>
        <translation>Eine Pipeline-Datei muss genau ein JSON-Objekt enthalten, enthält aber %1</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="56"/>
        <source>the pipeline</source>
        <translation>Die Pipeline</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="59"/>
        <source>unsupported format %1 (expected &quot;fapo.pipeline/1&quot;)</source>
        <translation>Nicht unterstütztes Format %1 (erwartet: &quot;fapo.pipeline/1&quot;)</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="72"/>
        <source>&quot;prompts&quot; belongs to an app pipeline: add &quot;app&quot; with the program&apos;s command, or write the prompts into &quot;steps&quot;</source>
        <translation>„prompts“ gehört zu einer App-Pipeline: Fügen Sie „app“ mit dem Befehl des Programms hinzu, oder schreiben Sie die Prompts in „steps“</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="83"/>
        <source>&quot;output&quot; names step %1, which is not defined</source>
        <translation>&quot;output&quot; nennt den Schritt %1, der nicht definiert ist</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="114"/>
        <source>&quot;models&quot; must be an object of named models, not %1</source>
        <translation>&quot;models&quot; muss ein Objekt mit benannten Modellen sein, ist aber %1</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="134"/>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="136"/>
        <location filename="../core/formats/pipelineloader.cpp" line="330"/>
        <location filename="../core/formats/pipelineloader.cpp" line="377"/>
        <source>%1 must be an object, not %2</source>
        <translation>%1 muss ein Objekt sein, ist aber %2</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="146"/>
        <source>%1: unknown provider %2 (expected anthropic, openai or scripted)</source>
        <translation>%1: Unbekannter Anbieter %2 (erwartet: anthropic, openai oder scripted)</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="152"/>
        <source>%1: rules file</source>
        <translation>%1: Regeldatei</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="157"/>
        <source>%1: &quot;model&quot; must not be empty</source>
        <translation>%1: &quot;model&quot; darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="163"/>
        <source>%1: &quot;base_url&quot; must be an http(s) URL</source>
        <translation>%1: &quot;base_url&quot; muss eine http(s)-URL sein</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="174"/>
        <source>%1: API keys never go in a pipeline file; set ANTHROPIC_API_KEY or OPENAI_API_KEY in the environment</source>
        <translation>%1: API-Schlüssel gehören nie in eine Pipeline-Datei; setzen Sie ANTHROPIC_API_KEY oder OPENAI_API_KEY in der Umgebung</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="194"/>
        <source>the pipeline needs a &quot;steps&quot; list</source>
        <translation>Die Pipeline braucht eine &quot;steps&quot;-Liste</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="198"/>
        <source>&quot;steps&quot; must be a non-empty list of steps</source>
        <translation>&quot;steps&quot; muss eine nicht leere Liste von Schritten sein</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="209"/>
        <source>step id %1 must match [a-z][a-z0-9_]* (lower case letter first)</source>
        <translation>Die Schritt-ID %1 muss [a-z][a-z0-9_]* entsprechen (zuerst ein Kleinbuchstabe)</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="216"/>
        <source>&quot;input&quot; is reserved for dataset inputs; rename the step</source>
        <translation>&quot;input&quot; ist für die Eingaben des Datensatzes reserviert; benennen Sie den Schritt um</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="222"/>
        <source>duplicate step id %1 (first defined at line %2)</source>
        <translation>Schritt-ID %1 kommt doppelt vor (zuerst definiert in Zeile %2)</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="228"/>
        <source>step %1 uses model %2, which &quot;models&quot; does not define</source>
        <translation>Schritt %1 verwendet das Modell %2, das in &quot;models&quot; nicht definiert ist</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="238"/>
        <source>a step must be an object, not %1</source>
        <translation>Ein Schritt muss ein Objekt sein, ist aber %1</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="242"/>
        <source>a step</source>
        <translation>Ein Schritt</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="247"/>
        <location filename="../core/formats/pipelineloader.cpp" line="321"/>
        <location filename="../core/formats/pipelineloader.cpp" line="428"/>
        <source>step %1</source>
        <translation>Schritt %1</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="254"/>
        <source>%1: unknown kind %2 (expected llm, retrieve, transform or command)</source>
        <translation>%1: Unbekannte Art %2 (erwartet: llm, retrieve, transform oder command)</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="268"/>
        <source>%1: &quot;parse&quot; must be &quot;text&quot; or &quot;json&quot;</source>
        <translation>%1: &quot;parse&quot; muss &quot;text&quot; oder &quot;json&quot; sein</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="288"/>
        <source>%1: corpus</source>
        <translation>%1: Korpus</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="300"/>
        <source>%1 needs the field &quot;argv&quot;</source>
        <translation>%1 braucht das Feld &quot;argv&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="303"/>
        <source>%1: &quot;argv&quot; must name a program</source>
        <translation>%1: &quot;argv&quot; muss ein Programm nennen</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="323"/>
        <source>%1: &quot;checks&quot; must be a list, not %2</source>
        <translation>%1: &quot;checks&quot; muss eine Liste sein, ist aber %2</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="328"/>
        <source>%1, check %2</source>
        <translation>%1, Prüfung %2</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="349"/>
        <source>%1: invalid regular expression: %2</source>
        <translation>%1: Ungültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="354"/>
        <source>%1 needs the field &quot;value&quot;</source>
        <translation>%1 braucht das Feld &quot;value&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="340"/>
        <source>%1: unknown check type %2 (expected json_valid, regex, max_chars, min_chars, contains or not_empty)</source>
        <translation>%1: Unbekannter Prüfungstyp %2 (erwartet: json_valid, regex, max_chars, min_chars, contains oder not_empty)</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="368"/>
        <source>&quot;metrics&quot; must be a list, not %1</source>
        <translation>&quot;metrics&quot; muss eine Liste sein, ist aber %1</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="375"/>
        <location filename="../core/formats/pipelineloader.cpp" line="389"/>
        <source>metric %1</source>
        <translation>Metrik %1</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="385"/>
        <source>%1: unknown metric type %2 (expected %3)</source>
        <translation>%1: Unbekannter Metriktyp %2 (erwartet: %3)</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="398"/>
        <source>%1: invalid regular expression</source>
        <translation>%1: Ungültiger regulärer Ausdruck</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="435"/>
        <source>%1, field &quot;%2&quot;, offset %3: %4</source>
        <translation>%1, Feld &quot;%2&quot;, Position %3: %4</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="448"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="462"/>
        <source>%1 refers to {{%2}}, but no step is called %3</source>
        <translation>%1 verweist auf {{%2}}, aber kein Schritt heißt %3</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="469"/>
        <source>%1 refers to {{%2}}, but step %3 does not parse JSON (add &quot;parse&quot;: &quot;json&quot; to it, or refer to {{%4}})</source>
        <translation>%1 verweist auf {{%2}}, aber Schritt %3 liest kein JSON (ergänzen Sie dort &quot;parse&quot;: &quot;json&quot; oder verweisen Sie auf {{%4}})</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="486"/>
        <source>cycle between steps: %1</source>
        <translation>Zyklus zwischen Schritten: %1</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="492"/>
        <source>step %1 refers to {{%2}}, a later step; steps may only read steps defined before them</source>
        <translation>Schritt %1 verweist auf {{%2}}, einen späteren Schritt; Schritte dürfen nur vorher definierte Schritte lesen</translation>
    </message>
    <message>
        <location filename="../core/formats/templatetext.cpp" line="29"/>
        <source>&quot;%1&quot; is not a reference (expected input.FIELD, STEP or STEP.FIELD)</source>
        <translation>&quot;%1&quot; ist kein Verweis (erwartet: input.FIELD, STEP oder STEP.FIELD)</translation>
    </message>
    <message>
        <location filename="../core/formats/templatetext.cpp" line="39"/>
        <source>&quot;input&quot; needs a field: write {{input.FIELD}}</source>
        <translation>&quot;input&quot; braucht ein Feld: Schreiben Sie {{input.FIELD}}</translation>
    </message>
    <message>
        <location filename="../core/formats/templatetext.cpp" line="55"/>
        <source>&quot;{{&quot; is not closed by &quot;}}&quot;</source>
        <translation>&quot;{{&quot; wird nicht durch &quot;}}&quot; geschlossen</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="16"/>
        <source>an app pipeline has no %1: its program is the pipeline (remove %1, or remove &quot;app&quot;)</source>
        <translation>eine App-Pipeline hat kein %1: Ihr Programm ist die Pipeline (entfernen Sie %1 oder „app“)</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="42"/>
        <source>&quot;app&quot;</source>
        <translation>„app“</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="44"/>
        <source>&quot;app&quot; must be an object, not %1</source>
        <translation>„app“ muss ein Objekt sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="54"/>
        <source>&quot;app&quot; needs a &quot;command&quot;: the program to run, as a list of arguments</source>
        <translation>„app“ braucht einen „command“: das auszuführende Programm, als Liste von Argumenten</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="59"/>
        <source>&quot;app&quot;.&quot;command&quot; is empty: name the program to run, then its arguments</source>
        <translation>„app“.„command“ ist leer: Nennen Sie das auszuführende Programm, dann seine Argumente</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="71"/>
        <source>&quot;app&quot;.&quot;parse&quot; must be &quot;text&quot; or &quot;json&quot;, not %1</source>
        <translation>„app“.„parse“ muss „text“ oder „json“ sein, nicht %1</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="76"/>
        <source>&quot;app&quot; answers its calls with model %1, which &quot;models&quot; does not define</source>
        <translation>„app“ beantwortet seine Aufrufe mit Modell %1, das „models“ nicht definiert</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="88"/>
        <source>an app pipeline needs &quot;prompts&quot;: each prompt the program reads, by name, with its file</source>
        <translation>eine App-Pipeline braucht „prompts“: jeden Prompt, den das Programm liest, mit Namen und Datei</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="94"/>
        <source>&quot;prompts&quot; must be an object of name: {&quot;file&quot;: PATH}, with at least one</source>
        <translation>„prompts“ muss ein Objekt aus Name: {&quot;file&quot;: PFAD} sein, mit mindestens einem Eintrag</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="102"/>
        <source>prompt %1</source>
        <translation>Prompt %1</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="105"/>
        <source>prompt name %1 must match [a-z][a-z0-9_]* (lower case letter first)</source>
        <translation>Prompt-Name %1 muss [a-z][a-z0-9_]* entsprechen (Kleinbuchstabe zuerst)</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="110"/>
        <source>&quot;input&quot; is reserved for dataset inputs; rename the prompt</source>
        <translation>„input“ ist für Datensatz-Eingaben reserviert; benennen Sie den Prompt um</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="116"/>
        <source>%1 must be an object like {&quot;file&quot;: &quot;prompts/%2.txt&quot;}, not %3</source>
        <translation>%1 muss ein Objekt wie {&quot;file&quot;: &quot;prompts/%2.txt&quot;} sein, nicht %3</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="139"/>
        <source>%1: cannot read %2: %3</source>
        <translation>%1: %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="144"/>
        <source>%1: %2 is empty</source>
        <translation>%1: %2 ist leer</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="29"/>
        <source>Finds where LLM pipeline failures start.</source>
        <translation>Findet den Ursprung von Fehlschlägen in LLM-Pipelines.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="32"/>
        <source>A pipeline (.json) or workspace (.fapo).</source>
        <translation>Eine Pipeline (.json) oder ein Arbeitsbereich (.fapo).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="33"/>
        <source>Render the window to FILE.png and exit.</source>
        <translation>Rendert das Fenster in FILE.png und beendet das Programm.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="36"/>
        <source>graph, inspector, review, charts, matrix or compare (with --screenshot).</source>
        <translation>graph, inspector, review, charts, matrix oder compare (mit --screenshot).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="39"/>
        <source>The example to select (with --screenshot; default: the first failing one).</source>
        <translation>Das auszuwählende Beispiel (mit --screenshot; Standard: das erste fehlgeschlagene).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="43"/>
        <source>The step to inspect (with --screenshot; default: where the example&apos;s failure starts).</source>
        <translation>Der zu untersuchende Schritt (mit --screenshot; Standard: wo der Fehler des Beispiels beginnt).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="46"/>
        <source>The inspector&apos;s tab: prompt, template, output, parsed, checks, passages or evidence (with --screenshot).</source>
        <translation>Der Reiter des Inspektors: prompt, template, output, parsed, checks, passages oder evidence (mit --screenshot).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="51"/>
        <source>The proposal to show in the review view (with --screenshot).</source>
        <translation>Der Vorschlag, den die Review-Ansicht zeigt (mit --screenshot).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="53"/>
        <source>Use a dark palette (the system&apos;s is used otherwise).</source>
        <translation>Verwendet eine dunkle Farbpalette (sonst die des Systems).</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="54"/>
        <source>trace, debug, info, warn, error or off.</source>
        <translation>trace, debug, info, warn, error oder off.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="57"/>
        <source>Listen for OpenTelemetry traces on 127.0.0.1:PORT from the start (0: any free port), into the file&apos;s workspace, else live-traces.fapo in the documents folder.</source>
        <translation>Von Anfang an auf OpenTelemetry-Traces an 127.0.0.1:PORT warten (0: beliebiger freier Port), in den Arbeitsbereich der Datei, sonst in live-traces.fapo im Dokumentenordner.</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="68"/>
        <source>--listen: &quot;%1&quot; is not a port (0 to 65535)</source>
        <translation>--listen: „%1“ ist kein Port (0 bis 65535)</translation>
    </message>
</context>
</TS>
