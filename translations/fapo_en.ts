<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>EditPromptDialog</name>
    <message>
        <location filename="../widgets/review/editpromptdialog.cpp" line="13"/>
        <source>Edit Proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/editpromptdialog.cpp" line="17"/>
        <source>Re-evaluate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalStages</name>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="36"/>
        <location filename="../core/optimize/proposalstage.cpp" line="102"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="38"/>
        <location filename="../core/optimize/proposalstage.cpp" line="151"/>
        <source>not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="40"/>
        <source>screened out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="42"/>
        <source>validated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="44"/>
        <source>held-out checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="77"/>
        <source>The policy accepted it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="79"/>
        <source>Rejected: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="81"/>
        <source>Rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="83"/>
        <source>Approved by a person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="92"/>
        <source>blocked: unusable reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="93"/>
        <source>Never evaluated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="102"/>
        <source>blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="103"/>
        <source>Blocked before any evaluation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="109"/>
        <source>held-out: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="110"/>
        <source>Validation %1 → %2 (p = %3); on the held-out split %4 → %5 over %6 examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="120"/>
        <source>validated: %1, p = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="122"/>
        <source>On the validation set %1 → %2 (%3 over %4 examples; sign test p = %5; %6 fixed, %7 regressed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="131"/>
        <source>Corrected for the %1 candidates compared in its round, it needed p &lt; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="141"/>
        <source>screened out: %1 → %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="143"/>
        <source>On a minibatch of %1 training examples it scored %2 against %3 before: no gain, so it was not run on the validation set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="152"/>
        <source>Not evaluated: the round stopped before this proposal&apos;s minibatch, or it is waiting for it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="10"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="12"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="14"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="16"/>
        <location filename="../core/runview/statustexts.cpp" line="27"/>
        <location filename="../core/runview/statustexts.cpp" line="85"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="25"/>
        <location filename="../core/runview/statustexts.cpp" line="40"/>
        <location filename="../core/runview/statustexts.cpp" line="53"/>
        <location filename="../core/runview/statustexts.cpp" line="85"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="29"/>
        <location filename="../core/runview/statustexts.cpp" line="44"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="38"/>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="42"/>
        <source>check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="55"/>
        <source>the failure starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="57"/>
        <source>carried the failure from an earlier step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="59"/>
        <source>failed its own checks, but the failure starts elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="61"/>
        <source>not involved in the failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="70"/>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="72"/>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="74"/>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="76"/>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="78"/>
        <source>blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="100"/>
        <source>undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="106"/>
        <source>(being sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runview/statustexts.cpp" line="107"/>
        <source>batch %1 (%2) %3: %n request(s), %4 done, %5 failed</source>
        <translation>
            <numerusform>batch %1 (%2) %3: %n request, %4 done, %5 failed</numerusform>
            <numerusform>batch %1 (%2) %3: %n requests, %4 done, %5 failed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictReasons</name>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="78"/>
        <source>“%1” does not meet its step gold: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="81"/>
        <source>“%1” failed with an error, so the steps after it had nothing to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="82"/>
        <source>“%1” returned an empty output (no passages, for a retrieval), so the steps after it had nothing to work on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="86"/>
        <source>“%1” failed its own checks: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="88"/>
        <source>The final output contains the expected answer, but the metric fails on its form: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="91"/>
        <source>“%1” received the expected answer (%2) in its input, but its output does not have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="94"/>
        <source>“%1” wrote a search query without %2 from the question, so retrieval looked for something else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="97"/>
        <source>The expected answer appears nowhere in this example; in passing examples it first appears at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="100"/>
        <source>No rule applies: the failure is put at the first step that failed or did not run, “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="110"/>
        <source>“%1” runs no model, so the blame passes to “%2”, which wrote its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="124"/>
        <source>Replacing the output of “%1” with a repaired one and running only the steps after it makes this example pass (replay run %2); no repair of an earlier step did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="136"/>
        <source>The critic model read the example&apos;s records and put the origin at “%1”, with confidence %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="152"/>
        <source>The rules had found the same step (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="154"/>
        <source>The rules alone had put the origin at “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="158"/>
        <source>The critic was asked, but its reply was not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="174"/>
        <source>Did not run: a step before it failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="176"/>
        <source>Failed with an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="178"/>
        <source>Has no record in this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="180"/>
        <source>Ran, but its output is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="182"/>
        <source>Ran and produced an output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="184"/>
        <source>Failed checks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="190"/>
        <source>Meets its step gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="190"/>
        <source>Misses its step gold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="191"/>
        <source>Meets its step gold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="191"/>
        <source>Misses its step gold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="196"/>
        <source>The expected answer is in its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="197"/>
        <source>The expected answer is not in its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="200"/>
        <source>The expected answer is in its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="201"/>
        <source>The expected answer is not in its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="206"/>
        <source>Names and numbers of the question missing from its output: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="216"/>
        <source>Its input came from: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::AnalysisLabels</name>
    <message>
        <location filename="../core/analysis/labels.cpp" line="14"/>
        <source>retrieval miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="16"/>
        <source>cascade from an error or empty output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="18"/>
        <source>failed checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="20"/>
        <source>wrong output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="22"/>
        <source>right answer, wrong form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="24"/>
        <source>reasoning: good inputs, wrong conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="26"/>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="30"/>
        <source>unexplained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="37"/>
        <source>step gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="39"/>
        <source>first error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="41"/>
        <source>failed check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="43"/>
        <source>answer present, form wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="45"/>
        <source>answer lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="47"/>
        <source>names dropped from the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="49"/>
        <source>where passing examples find the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="51"/>
        <source>counterfactual replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="53"/>
        <source>critic model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="57"/>
        <source>first failing step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="70"/>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="64"/>
        <source>parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="66"/>
        <source>structure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::AnalysisPanel</name>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="45"/>
        <source>Analyze Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="46"/>
        <source>Analyze Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="47"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="59"/>
        <source>Find where each failure of this run starts (rules first; replay and the critic model for what they leave open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="66"/>
        <source>Select a failed example to see where its failure starts and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="75"/>
        <source>No analysis yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="76"/>
        <source>Analysis finds the step where each failure starts, not where it shows, and how it spreads through the pipeline. Rules and step gold cost nothing; replay and the critic model are only asked about what they leave open, within a budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/analysispanel.cpp" line="147"/>
        <source>Analysis %1 of run %2: %3 of %4 examples failed. Found by: %5. %n model call(s), $%6.</source>
        <translation>
            <numerusform>Analysis %1 of run %2: %3 of %4 examples failed. Found by: %5. %n model call, $%6.</numerusform>
            <numerusform>Analysis %1 of run %2: %3 of %4 examples failed. Found by: %5. %n model calls, $%6.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="152"/>
        <source>nothing to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="159"/>
        <source>%1 passed, or has no verdict in this analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="163"/>
        <source>%1: the failure starts at &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="164"/>
        <source>Kind: %1. Fix at the %2 level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="165"/>
        <source>Found by %1, confidence %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="167"/>
        <source>Path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="180"/>
        <source>Replaying steps %v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="181"/>
        <source>Asking the critic %v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="182"/>
        <source>Applying rules…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::Analyzer</name>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="56"/>
        <source>run %1 is not in the workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="63"/>
        <source>the workspace %1 has no runs yet; run the dataset first (fapo run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="72"/>
        <source>run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="78"/>
        <source>run %1: its dataset is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="86"/>
        <source>run %1 has no finished examples to analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="173"/>
        <source>the critic model cannot be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="205"/>
        <source>the critic stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="218"/>
        <source>the critic model cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="252"/>
        <source>the call budget allowed replaying %1 of %2 examples at &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="288"/>
        <source>replay is not possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="335"/>
        <source>a replay at &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="358"/>
        <source>Replacing the output of &quot;%1&quot; with a repaired one and running only the steps after it makes this example pass; no earlier repair did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="363"/>
        <source>&quot;%1&quot; runs no model, so the blame passes to &quot;%2&quot;, which wrote its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="383"/>
        <source>the call budget allowed the critic to judge %1 of %2 open examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="469"/>
        <source>the analysis could not be stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::AnswerPane</name>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="31"/>
        <source>(no reference needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="31"/>
        <location filename="../widgets/inspector/answerpane.cpp" line="38"/>
        <source>(none: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="37"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="38"/>
        <source>(the output step did not run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="44"/>
        <source>not scored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="45"/>
        <source>%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="58"/>
        <source>Expected and actual answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="82"/>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="82"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="82"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="82"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="90"/>
        <source>%1 (decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="92"/>
        <source>A gate metric: the example passes only when every gate metric passes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::BlameChart</name>
    <message>
        <location filename="../widgets/analysis/blamechart.cpp" line="41"/>
        <source>Start here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/blamechart.cpp" line="42"/>
        <source>Pass through</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::ChecksPane</name>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="23"/>
        <location filename="../widgets/inspector/checkspane.cpp" line="74"/>
        <source>This step has no checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="31"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="31"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="31"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="36"/>
        <source>Expected for this step (step_expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="73"/>
        <source>This step has not run for this example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="75"/>
        <source>No check results were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::ClusterModel</name>
    <message numerus="yes">
        <location filename="../models/clustermodel.cpp" line="33"/>
        <source>%n example(s): %1</source>
        <translation>
            <numerusform>%n example: %1</numerusform>
            <numerusform>%n examples: %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="57"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="59"/>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="61"/>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="63"/>
        <source>Fix level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::CommandStep</name>
    <message>
        <location filename="../core/run/commandstep.cpp" line="15"/>
        <source>timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/commandstep.cpp" line="19"/>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/commandstep.cpp" line="27"/>
        <source>%1 exited with code %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/commandstep.cpp" line="57"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::ComparePanel</name>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="43"/>
        <source>Compare with run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="55"/>
        <source>Fixed (failed before, passed now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="56"/>
        <source>Regressed (passed before, failed now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="58"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="58"/>
        <source>Failed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="58"/>
        <source>Failed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="58"/>
        <source>Pass rate change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="63"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="69"/>
        <source>Select an example and a step to see how its output changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="114"/>
        <source>Run %1 (its base)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="120"/>
        <source>Run %1 · %2 · %3 examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="148"/>
        <source>Only one run so far: run the dataset again after a change to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="155"/>
        <source>Score %1 → %2 (%3) · %4 fixed · %5 regressed · %6 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="191"/>
        <source>%1 at %2: run %3 → run %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::DecisionCommand</name>
    <message>
        <location filename="../widgets/review/decisioncommand.cpp" line="11"/>
        <source>Approve Proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/decisioncommand.cpp" line="12"/>
        <source>Reject Proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::DialogPrompter</name>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="12"/>
        <source>Run programs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="13"/>
        <source>This pipeline runs programs on this computer:

%1

Run them only if you trust this pipeline file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="24"/>
        <source>Spend model calls on the analysis?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="25"/>
        <source>The rules settled %1 of %2 failed examples for free.

For the other %3, replaying steps with repaired outputs and asking the critic model may make up to %4 model calls (about %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="34"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="35"/>
        <source>Rules Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="42"/>
        <source>Propose rewrites?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="43"/>
        <source>One round asks the optimizer model for %1 rewrites, checks them, and evaluates those that pass on what they affect: up to %2 model calls (about %3 tokens, %4), capped at %5 calls.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::EvidencePane</name>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="79"/>
        <source>Kind of failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="80"/>
        <source>Found by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="81"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="82"/>
        <source>Smallest fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="85"/>
        <source>Path of the failure, from where it starts to the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="90"/>
        <source>Why here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="97"/>
        <source>The critic&apos;s explanation (model text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="147"/>
        <source>%1 passed: there is no failure to explain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="152"/>
        <source>The failure of %1 starts here, at “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="155"/>
        <source>The failure of %1 starts at “%2” and passes through “%3” on its way to the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="157"/>
        <source>The failure of %1 starts at “%2”; “%3” is not on its path to the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="174"/>
        <source>The step on show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="174"/>
        <source>Inspect “%1” for this example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="186"/>
        <source>No analysis of this run yet: the failure is put at the first step that failed its checks or did not run, else at the output. Analyze the run to find where it starts and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="209"/>
        <source>What the analysis saw at “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="212"/>
        <source>Anything wrong here follows from the failure that starts at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::ExamplesModel</name>
    <message>
        <location filename="../models/examplesmodel.cpp" line="61"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="91"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="93"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="95"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="97"/>
        <source>Origin step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="99"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="101"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="103"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="105"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::ExamplesPanel</name>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="22"/>
        <source>Failed only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="27"/>
        <source>Filter by id or input text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="29"/>
        <location filename="../widgets/examplespanel.cpp" line="94"/>
        <source>Any origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="30"/>
        <source>Show only failures that start at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="143"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::FailureLegend</name>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="60"/>
        <source>failures that start here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="61"/>
        <source>failures that pass through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="62"/>
        <source>own checks failed or errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="63"/>
        <source>bar and %: share of the run&apos;s failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="72"/>
        <source>the failure starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="73"/>
        <source>carried it on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="74"/>
        <source>wrong final answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="84"/>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::FailureMatrixModel</name>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="59"/>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="63"/>
        <source>%1, found by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="65"/>
        <source>No analysis yet: taken to be the first step that failed (or the output)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="67"/>
        <source>The final answer is wrong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::FailureMatrixView</name>
    <message>
        <location filename="../widgets/failurematrixview.cpp" line="91"/>
        <source>Click a step to list the failures that start there first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::GraphScene</name>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="258"/>
        <source>%1
Dataset input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="265"/>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="265"/>
        <source>Kind: %1, model %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/graph/graphscene.cpp" line="270"/>
        <source>%n failure(s) start here (%1% of the run&apos;s failures)</source>
        <translation>
            <numerusform>%n failure starts here (%1% of the run&apos;s failures)</numerusform>
            <numerusform>%n failures start here (%1% of the run&apos;s failures)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/graph/graphscene.cpp" line="272"/>
        <source>%n failure(s) that started earlier pass through</source>
        <translation>
            <numerusform>%n failure that started earlier passes through</numerusform>
            <numerusform>%n failures that started earlier pass through</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="273"/>
        <source>Its own checks: %1 passed, %2 failed or errored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="277"/>
        <source>The selected example&apos;s failure starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="280"/>
        <source>The selected example&apos;s failure passes through here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="283"/>
        <source>The selected example passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="289"/>
        <source>Output step of the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::GraphView</name>
    <message>
        <location filename="../widgets/graph/graphview.cpp" line="47"/>
        <source>Pipeline graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::JsonTreeModel</name>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="77"/>
        <source>(value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="168"/>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="170"/>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="172"/>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="174"/>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="177"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="179"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/jsontreemodel.cpp" line="187"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/jsontreemodel.cpp" line="188"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="253"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="255"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="257"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::Judge</name>
    <message>
        <location filename="../core/eval/judge.cpp" line="39"/>
        <source>the judge&apos;s reply is not a grade: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::KeyStore</name>
    <message>
        <location filename="../widgets/keystore.cpp" line="12"/>
        <source>No system keychain is available here (%1). Set the key in the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::ListenDialog</name>
    <message>
        <location filename="../widgets/listendialog.cpp" line="30"/>
        <source>Listen for Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="35"/>
        <source>Apps instrumented with OpenTelemetry send their traces here over OTLP/HTTP (protobuf or JSON). Point their exporter at the address below; each trace appears in the graph as it arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="42"/>
        <source>any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="45"/>
        <source>required unless the address is this machine&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="47"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="48"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="49"/>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="55"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="57"/>
        <source>Store Traces In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="57"/>
        <source>Workspaces (*.fapo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="66"/>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="78"/>
        <source>&amp;Listen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="102"/>
        <source>&quot;%1&quot; is not an IP address (127.0.0.1 is this machine only; 0.0.0.0 is every network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="104"/>
        <source>Other machines may send to %1: set a token, which each request must carry as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="107"/>
        <source>The workspace must be a .fapo file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="118"/>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="119"/>
        <source>Exporters send to %1 (as OTEL_EXPORTER_OTLP_ENDPOINT, give it without /v1/traces).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::LiveIndicator</name>
    <message>
        <location filename="../widgets/liveindicator.cpp" line="18"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/liveindicator.cpp" line="19"/>
        <source>Stop listening for traces (what has arrived is kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/liveindicator.cpp" line="65"/>
        <source>Listening on %1 · %2 spans/s · %n span(s)</source>
        <translation>
            <numerusform>Listening on %1 · %2 spans/s · %n span</numerusform>
            <numerusform>Listening on %1 · %2 spans/s · %n spans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fapo::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="30"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="31"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="39"/>
        <source>&amp;Import Traces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="57"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="62"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="60"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="38"/>
        <source>Open &amp;Team Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="49"/>
        <source>&amp;Export Accepted Prompts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="51"/>
        <source>Export Accepted Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="56"/>
        <source>Write the prompts with every approved or accepted rewrite, a diff and a report to a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="64"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="65"/>
        <source>Run &amp;Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="71"/>
        <source>&amp;Analyze Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="73"/>
        <source>Find the step where each failure of the run on show starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="74"/>
        <source>&amp;Propose Rewrites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="76"/>
        <source>Ask the optimizer model for rewrites of the step where most failures start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="78"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="79"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="81"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="86"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="87"/>
        <source>&amp;Fit Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="89"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="90"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="94"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="95"/>
        <source>&amp;About FAPO Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="97"/>
        <source>About FAPO Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="99"/>
        <source>FAPO Studio %1
Finds where pipeline failures start, and lets you decide every prompt change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="104"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="126"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="134"/>
        <source>Failure Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="136"/>
        <source>Compare Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="140"/>
        <source>Where Failures Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="141"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="142"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="145"/>
        <source>Step Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="146"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="211"/>
        <source>Stopped listening: %n span(s) received and stored.</source>
        <translation>
            <numerusform>Stopped listening: %n span received and stored.</numerusform>
            <numerusform>Stopped listening: %n spans received and stored.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="282"/>
        <source>Open Team Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="283"/>
        <source>A PostgreSQL database shared by the team, as postgresql://USER@HOST:PORT/DATABASE.
The password comes from PGPASSWORD or ~/.pgpass; it is never stored by FAPO Studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="290"/>
        <source>&quot;%1&quot; is not a postgresql:// URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="368"/>
        <source>Stop &amp;Listening for Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="368"/>
        <location filename="../widgets/mainwindowlayout.cpp" line="47"/>
        <source>&amp;Listen for Traces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="431"/>
        <location filename="../widgets/mainwindow.cpp" line="459"/>
        <source>FAPO Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="431"/>
        <source>%1 — FAPO Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="438"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="441"/>
        <source>No run yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="442"/>
        <source>Open a pipeline or workspace: %1, or drop one here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="41"/>
        <source>Import Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="42"/>
        <source>Trace files (*.json *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="32"/>
        <source>Open Pipeline or Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="33"/>
        <source>Pipelines and workspaces (*.json *.fapo);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::MiniMap</name>
    <message>
        <location filename="../widgets/graph/minimap.cpp" line="26"/>
        <source>Overview: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/minimap.cpp" line="27"/>
        <source>Graph overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::ModelProxy</name>
    <message>
        <location filename="../core/app/modelproxy.cpp" line="105"/>
        <source>the model proxy cannot listen on 127.0.0.1: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/app/modelproxy.cpp" line="318"/>
        <source>the model endpoint could not be reached: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::NodeItem</name>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="112"/>
        <source>LLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="112"/>
        <source>LLM · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="114"/>
        <source>Retrieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="116"/>
        <source>Transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="118"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="150"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="181"/>
        <location filename="../widgets/graph/nodeitem.cpp" line="366"/>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="414"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="414"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="419"/>
        <source>origin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::Optimizer</name>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="64"/>
        <source>--step %1: the pipeline has no model step with that id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="71"/>
        <source>the optimizer model stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="81"/>
        <source>the optimizer model cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="89"/>
        <source>%1: optimizing needs at least 3 examples (train, validation and test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizerbudget.cpp" line="54"/>
        <source>stopped before %1: it may take %2 calls and %3 of --budget-calls %4 are left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizerbudget.cpp" line="62"/>
        <source>stopped before %1: $%2 of --budget-usd %3 spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="115"/>
        <location filename="../core/optimize/optimizer.cpp" line="607"/>
        <source>proposal %1 is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="121"/>
        <source>proposal %1 has no round to be evaluated in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="211"/>
        <source>round %1: running the baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="212"/>
        <source>the baseline run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="227"/>
        <source>round %1: analysing run %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="277"/>
        <source>round %1: no failure starts at a model step that may be rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="311"/>
        <source>the analysis says %1 of %2 failures that start at &quot;%3&quot; need a %4 change, which rewording cannot make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="320"/>
        <source>a round of %1 proposals at &quot;%2&quot; found nothing to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="324"/>
        <source>round %1: &quot;%2&quot; is a step of the app&apos;s own program; its structure is the program&apos;s to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="335"/>
        <source>round %1: nothing more to propose for &quot;%2&quot; at the levels allowed (--levels %3)%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/optimize/optimizer.cpp" line="379"/>
        <source>round %1: trying %n setting(s) near &quot;%2&quot;</source>
        <translation>
            <numerusform>round %1: trying %n setting near &quot;%2&quot;</numerusform>
            <numerusform>round %1: trying %n settings near &quot;%2&quot;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="381"/>
        <source>round %1: no setting near &quot;%2&quot; is left to try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="396"/>
        <source>a proposal could not be stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="455"/>
        <source>asking for rewrites</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/optimize/optimizer.cpp" line="457"/>
        <source>round %1: asking for %n rewrite(s) of &quot;%2&quot;</source>
        <translation>
            <numerusform>round %1: asking for %n rewrite of &quot;%2&quot;</numerusform>
            <numerusform>round %1: asking for %n rewrites of &quot;%2&quot;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="473"/>
        <location filename="../core/optimize/optimizerstructure.cpp" line="41"/>
        <source>the reply breaks the schema: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="474"/>
        <location filename="../core/optimize/optimizerstructure.cpp" line="42"/>
        <source>the optimizer model failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="523"/>
        <source>the rewrite does not apply: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="547"/>
        <source>evaluating proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="549"/>
        <source>round %1: proposal %2 on a minibatch of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="567"/>
        <source>no gain on the minibatch (%1 -&gt; %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="575"/>
        <source>validating proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="578"/>
        <source>round %1: proposal %2 on the validation set (%3 examples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="663"/>
        <source>proposal %1 could not be updated in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="35"/>
        <source>gain %1 on validation is below --min-gain %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="40"/>
        <source>gain %1 is not significant (sign test p = %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="45"/>
        <source>gain %1 is not significant once corrected for the %2 candidates compared (sign test p = %3; Holm threshold %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="55"/>
        <source>gain %1 costs %2x per example, over --max-cost-increase %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="85"/>
        <source>proposal %1 gains as much for less cost (%2x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="88"/>
        <source>proposal %1 gained more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="671"/>
        <source>the held-out check of proposal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="677"/>
        <source>proposal %1 cannot be applied for the held-out check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="678"/>
        <source>round %1: proposal %2 on the held-out set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="98"/>
        <source>loses %1 on the held-out set, beyond noise (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="699"/>
        <source>validation %1 -&gt; %2; held-out %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="705"/>
        <source>; cost per example %1x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="716"/>
        <source>the accepted version&apos;s baseline run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="718"/>
        <source>round %1: running the accepted version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizerstructure.cpp" line="24"/>
        <source>asking for structural changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/optimize/optimizerstructure.cpp" line="27"/>
        <source>round %1: asking for %n structural change(s) around &quot;%2&quot;</source>
        <translation>
            <numerusform>round %1: asking for %n structural change around &quot;%2&quot;</numerusform>
            <numerusform>round %1: asking for %n structural changes around &quot;%2&quot;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fapo::OtlpReceiver</name>
    <message>
        <location filename="../core/live/otlpreceiver.cpp" line="102"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::ParameterSearch</name>
    <message>
        <location filename="../core/optimize/parametersearch.cpp" line="83"/>
        <source>%1 of %2 failing outputs of &quot;%3&quot; stop at max_tokens (%4): a larger limit lets them finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/parametersearch.cpp" line="100"/>
        <source>%1 of %2 failures that start at &quot;%3&quot; are retrieval misses: &quot;%4&quot; may cut the passage with the answer. top_k %5 -&gt; %6 passes more passages on (longer prompts after it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/parametersearch.cpp" line="109"/>
        <source>&quot;%1&quot; feeds &quot;%2&quot;, where failures start: top_k %3 -&gt; %4 passes more passages on (longer prompts after it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/parametersearch.cpp" line="125"/>
        <source>&quot;%1&quot; must return JSON and %2 failures are in its form: parse json tolerates code fences and prose around it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/parametersearch.cpp" line="140"/>
        <source>%1 failures at &quot;%2&quot; are in its own output: model &quot;%3&quot; (%4) instead of &quot;%5&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::ParsedPane</name>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="33"/>
        <location filename="../widgets/inspector/parsedpane.cpp" line="71"/>
        <location filename="../widgets/inspector/parsedpane.cpp" line="75"/>
        <source>Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="37"/>
        <location filename="../widgets/inspector/parsedpane.cpp" line="80"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="38"/>
        <source>Copy the parsed value as indented JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="40"/>
        <source>Parsed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="71"/>
        <source>Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="79"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inspector/parsedpane.cpp" line="99"/>
        <source>array, %n item(s)</source>
        <translation>
            <numerusform>array, %n item</numerusform>
            <numerusform>array, %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inspector/parsedpane.cpp" line="101"/>
        <source>object, %n key(s)</source>
        <translation>
            <numerusform>object, %n key</numerusform>
            <numerusform>object, %n keys</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fapo::PassagesView</name>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="55"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="55"/>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="55"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="55"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="55"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="58"/>
        <source>Listed in the example&apos;s step_expected ids_include</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="74"/>
        <source>Select a passage to read its text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="92"/>
        <source>No passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="132"/>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="133"/>
        <source>A gold passage for this example</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inspector/passagesview.cpp" line="149"/>
        <source>%n passage(s) retrieved</source>
        <translation>
            <numerusform>%n passage retrieved</numerusform>
            <numerusform>%n passages retrieved</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="151"/>
        <source>gold: %1 of %2 retrieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="153"/>
        <source>no gold passages for this example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="156"/>
        <source>Missing gold (not retrieved): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="216"/>
        <source>Passage text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="220"/>
        <source>[%1] %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::PlainTextView</name>
    <message>
        <location filename="../widgets/inspector/plaintextview.cpp" line="20"/>
        <source>Substituted from &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/plaintextview.cpp" line="150"/>
        <source>Copy All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/plaintextview.cpp" line="152"/>
        <source>Wrap Lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::ProposalEdit</name>
    <message>
        <location filename="../core/optimize/proposaledit.cpp" line="19"/>
        <source>Proposal %1 cannot be edited: its run is not in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposaledit.cpp" line="35"/>
        <source>Proposal %1: the edited change is not a structural edit: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposaledit.cpp" line="61"/>
        <source>Edited by %1 from proposal %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/optimize/proposaledit.cpp" line="69"/>
        <source>Proposal %1: the edited copy could not be stored in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::ProposalsModel</name>
    <message>
        <location filename="../models/proposalsmodel.cpp" line="92"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/proposalsmodel.cpp" line="94"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/proposalsmodel.cpp" line="96"/>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/proposalsmodel.cpp" line="98"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/proposalsmodel.cpp" line="100"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/proposalsmodel.cpp" line="102"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::ReviewPanel</name>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="70"/>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="71"/>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="72"/>
        <source>&amp;Edit and Re-evaluate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="73"/>
        <location filename="../widgets/review/reviewpanel.cpp" line="74"/>
        <source>Propose Rewrites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="75"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="82"/>
        <source>Show the proposals whose evaluation reached this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="104"/>
        <source>Note for the record (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="105"/>
        <source>Apply this rewrite: it makes the next pipeline version (Alt+A; undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="106"/>
        <source>Reject this rewrite: it never reaches the export (Alt+R; undo with Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="107"/>
        <source>Edit the new prompt, then evaluate the edit on the validation set (Alt+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="108"/>
        <source>Ask the optimizer model for rewrites of the step where most failures start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="116"/>
        <source>Failed before, pass with the rewrite: double-click to open in both runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="117"/>
        <source>Passed before, fail with the rewrite: double-click to open in both runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="122"/>
        <source>No proposals to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="123"/>
        <source>Rewrites proposed by the optimizer wait here for your decision. Nothing changes a prompt without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="137"/>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="147"/>
        <location filename="../widgets/review/reviewpanel.cpp" line="322"/>
        <source>Current prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="153"/>
        <location filename="../widgets/review/reviewpanel.cpp" line="323"/>
        <source>Proposed prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="160"/>
        <source>Fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="163"/>
        <source>Regressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="166"/>
        <source>Review checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="187"/>
        <source>Rationale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="251"/>
        <source>All stages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="254"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="294"/>
        <source>Approve proposal %1 without evidence?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="295"/>
        <source>%1

Nothing shows that this rewrite helps: it never ran on the validation set. Approve it anyway? It becomes the next pipeline version (Ctrl+Z undoes it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="322"/>
        <source>Current setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="322"/>
        <source>Steps it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="323"/>
        <source>Proposed setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="323"/>
        <source>New and changed steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="326"/>
        <source>Proposal %1 for &quot;%2&quot; · structure: %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="328"/>
        <source>Proposal %1 for &quot;%2&quot; · setting %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="330"/>
        <source>Proposal %1 for &quot;%2&quot; · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="362"/>
        <source>cost per example $%1 → $%2 (%3×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="367"/>
        <source>output length %1 → %2 characters, distinct final outputs %3 → %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="395"/>
        <source>%1 by %2, %3%4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::RoundsChart</name>
    <message>
        <location filename="../widgets/review/roundschart.cpp" line="41"/>
        <source>Cost (USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/roundschart.cpp" line="45"/>
        <source>Validation score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/roundschart.cpp" line="49"/>
        <source>Test score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/roundschart.cpp" line="56"/>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/roundschart.cpp" line="79"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::RunDialog</name>
    <message>
        <location filename="../widgets/rundialog.cpp" line="19"/>
        <source>Send the model calls as &amp;batches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="22"/>
        <location filename="../widgets/rundialog.cpp" line="29"/>
        <source>Run Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="25"/>
        <source>A dataset file (JSON Lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="26"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="29"/>
        <source>Datasets (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="38"/>
        <source>Each step level of the whole dataset goes to the provider as one batch (Anthropic Message Batches, OpenAI Batch API): half the price, answered within 24 hours. You can close the window meanwhile; running the dataset again collects the batches already sent instead of paying twice. Models without a batch API are called as usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="49"/>
        <source>&amp;Dataset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="58"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::Runner</name>
    <message>
        <location filename="../core/run/runplan.cpp" line="31"/>
        <source>model &quot;%1&quot; is not defined in &quot;models&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="36"/>
        <source>model &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="65"/>
        <source>step &quot;%1&quot;: the corpus cannot be loaded:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="70"/>
        <source>step &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="89"/>
        <source>the trust decision could not be stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="76"/>
        <source>%1 has command steps, which run programs on this machine; run once with --trust if you trust this pipeline file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="126"/>
        <source>run %1 is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="130"/>
        <source>run %1 was made with another pipeline version or dataset; it cannot be resumed with these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="136"/>
        <source>run %1 cannot be resumed: the workspace %2 refuses writes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="157"/>
        <source>cannot create a run in the workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="144"/>
        <source>not run: upstream step &quot;%1&quot; failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="412"/>
        <source>example &quot;%1&quot;: its records could not be stored in %2; the run stops here (run it again to resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="457"/>
        <source>run %1: its end could not be stored in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runapp.cpp" line="21"/>
        <source>prompt &quot;%1&quot;: %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runapp.cpp" line="26"/>
        <source>%1 runs the program %2 on this machine; run once with --trust if you trust this pipeline file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runapp.cpp" line="46"/>
        <source>cannot write the prompt set for the program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runapp.cpp" line="72"/>
        <source>cannot listen for the program&apos;s spans: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runapp.cpp" line="143"/>
        <source>%n model call(s) matched no prompt of the pipeline and became steps named by their model: %1</source>
        <translation>
            <numerusform>%n model call matched no prompt of the pipeline and became a step named by its model: %1</numerusform>
            <numerusform>%n model calls matched no prompt of the pipeline and became steps named by their model: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fapo::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="23"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="27"/>
        <source>Model endpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="33"/>
        <source>Anthropic base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="34"/>
        <source>OpenAI-compatible base URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="35"/>
        <source>A base_url in the pipeline file wins, then the environment, then these.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="41"/>
        <source>API keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="50"/>
        <source>Paste a key to store it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="52"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="53"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="69"/>
        <source>Storing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="88"/>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="90"/>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="91"/>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="92"/>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="95"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="96"/>
        <source> pt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="98"/>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="99"/>
        <source>Font size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="148"/>
        <source>Set in the environment; it is used first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="150"/>
        <source>Stored in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="152"/>
        <source>Not set: calls to this provider will fail with an authentication error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::StatusLine</name>
    <message>
        <location filename="../widgets/statusline.cpp" line="16"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="36"/>
        <source>Finishing calls in flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="51"/>
        <source>Run %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statusline.cpp" line="52"/>
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n example</numerusform>
            <numerusform>%n examples</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="53"/>
        <source>%1 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="54"/>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statusline.cpp" line="55"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="56"/>
        <source>score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statusline.cpp" line="57"/>
        <source>%n model call(s)</source>
        <translation>
            <numerusform>%n model call</numerusform>
            <numerusform>%n model calls</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="58"/>
        <source>%1 tokens billed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="23"/>
        <location filename="../widgets/statusline.cpp" line="68"/>
        <source>%v / %m examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statusline.cpp" line="103"/>
        <source>%n batch(es) at the provider: %1 of %2 requests done</source>
        <translation>
            <numerusform>%n batch at the provider: %1 of %2 requests done</numerusform>
            <numerusform>%n batches at the provider: %1 of %2 requests done</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fapo::StepBlameModel</name>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="67"/>
        <source>Failed examples whose failure started at or travelled through this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="69"/>
        <source>Failed examples whose failure starts at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="71"/>
        <source>Share of all failures that start at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="73"/>
        <source>The run&apos;s score if the failures that start here were fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="81"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="83"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="85"/>
        <source>Start here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="87"/>
        <source>Blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="89"/>
        <source>Ceiling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::StepHeader</name>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="56"/>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="58"/>
        <source>Answered from the response cache: no model call was paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="74"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="75"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="76"/>
        <source>Tokens in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="77"/>
        <source>Cache read / write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="78"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="79"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="80"/>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="120"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="122"/>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="124"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="128"/>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="145"/>
        <source>No record for this example: an upstream step failed, or the run stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="157"/>
        <source>Failure starts here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="158"/>
        <source>Found by %1. The Evidence tab says what decided it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="160"/>
        <source>Failure starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="161"/>
        <source>No analysis yet: the first step that failed (or the output). Analyze the run to find where the failure starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="166"/>
        <source>Carried from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="172"/>
        <source>Failure starts at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="182"/>
        <source>Go to %1 →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="183"/>
        <source>Inspect the step where this example&apos;s failure starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="186"/>
        <source>Own checks passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="195"/>
        <location filename="../widgets/inspector/stepheader.cpp" line="197"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="200"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="202"/>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="205"/>
        <source>Answered from the cache: nothing was paid for this call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::StepInspector</name>
    <message numerus="yes">
        <location filename="../widgets/inspector/stepinspector.cpp" line="57"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="70"/>
        <source>Select an example and a step to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="71"/>
        <source>No step selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="84"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="360"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="85"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="486"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="86"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="219"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="89"/>
        <source>Parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="90"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="307"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="94"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="558"/>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="101"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="102"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="316"/>
        <source>Why the analysis puts the example&apos;s failure where it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="131"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="148"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="147"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="164"/>
        <source>Copy the system prompt as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="165"/>
        <source>Copy the prompt as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="182"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="183"/>
        <source>Copy the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="184"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="185"/>
        <source>Reference to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="206"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="218"/>
        <source>Copy the output text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="317"/>
        <source>The example passed: there is no failure to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="357"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="370"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="374"/>
        <source>Rendered template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="378"/>
        <source>Standard input (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="394"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="400"/>
        <source>The program filled in the template of prompt &quot;%1&quot; and sent this text; the Template tab shows the template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="405"/>
        <source>The program has not called a model with this prompt for this example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="408"/>
        <source>This step has not run for this example. Below is a preview rendered from the upstream outputs that exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="413"/>
        <source>Recorded as the step received it; the step has no template to compare it with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="416"/>
        <source>The recorded text differs from the current template rendered with this example&apos;s records (the pipeline changed since this run?). Showing the recorded text; substitutions are not marked where it differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="442"/>
        <source>Substituted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="455"/>
        <source>Output of step %1: click to inspect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="459"/>
        <source>A field of the example&apos;s input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="474"/>
        <source>System template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="478"/>
        <source>Prompt template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="482"/>
        <source>Query template (top %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="490"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="494"/>
        <source>argv:    %1
inputs:  %2
timeout: %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="508"/>
        <source>The step produced no output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="508"/>
        <source>This step has not run for this example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="305"/>
        <source>No parsed value: the step&apos;s output is text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="307"/>
        <source>Checks %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="558"/>
        <source>Passages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::StructureDiffView</name>
    <message>
        <location filename="../widgets/review/structurediffview.cpp" line="50"/>
        <source>Graph before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/review/structurediffview.cpp" line="51"/>
        <source>Graph after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::StudioSession</name>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="59"/>
        <source>Open a pipeline file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="61"/>
        <source>A run is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="75"/>
        <source>Not run: this pipeline runs programs on this computer, and they were not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="92"/>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="108"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="130"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="137"/>
        <location filename="../core/session/sessionwork.cpp" line="184"/>
        <location filename="../core/session/sessionwork.cpp" line="197"/>
        <source>Open a workspace with a run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="139"/>
        <source>An analysis is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="158"/>
        <source>Analysis %1 stored; the graph now shows where each failure starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="186"/>
        <location filename="../core/session/sessionwork.cpp" line="226"/>
        <source>A round of rewrites is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="217"/>
        <source>Starting a round…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="224"/>
        <location filename="../core/session/studiosession.cpp" line="191"/>
        <location filename="../core/session/studiosession.cpp" line="240"/>
        <source>Open a workspace first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="239"/>
        <source>Proposal %1 is blocked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="249"/>
        <source>Evaluating proposal %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="253"/>
        <source>Checking the edited prompt of proposal %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="260"/>
        <source>No failure starts at a step whose prompt may be rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="262"/>
        <source>No round started; nothing was spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="264"/>
        <source>Proposals are waiting in the Review panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/studiosession.cpp" line="145"/>
        <source>Opening %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/studiosession.cpp" line="196"/>
        <source>Proposal %1 approved: pipeline version %2. Propose Rewrites starts the next round from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/studiosession.cpp" line="200"/>
        <source>Proposal %1 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/studiosession.cpp" line="202"/>
        <source>Decision on proposal %1 undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/studiosession.cpp" line="234"/>
        <source>Run %1 changed in the shared workspace (stored by another person or job).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/studiosession.cpp" line="246"/>
        <source>Exported %n rewrite(s) to %1</source>
        <translation>
            <numerusform>Exported %n rewrite to %1</numerusform>
            <numerusform>Exported %n rewrites to %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/session/sessionlive.cpp" line="25"/>
        <source>Already listening on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionlive.cpp" line="28"/>
        <source>Listening on %1 needs a token: without one only this machine may send traces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/session/sessionlive.cpp" line="31"/>
        <source>Choose a workspace for the traces first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::cli</name>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="21"/>
        <source>replay</source>
        <comment>analysis stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="23"/>
        <source>critic</source>
        <comment>analysis stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/analyzecommand.cpp" line="33"/>
        <source>analysis %1 of run %2: %3 of %n example(s) failed (score %4)</source>
        <translation>
            <numerusform>analysis %1 of run %2: %3 of %n example failed (score %4)</numerusform>
            <numerusform>analysis %1 of run %2: %3 of %n examples failed (score %4)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="40"/>
        <location filename="../app/cli/reviewcommands.cpp" line="108"/>
        <source>step</source>
        <comment>column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="41"/>
        <source>failed</source>
        <comment>column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="42"/>
        <source>origin</source>
        <comment>column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="43"/>
        <source>blame</source>
        <comment>column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="44"/>
        <source>ceiling</source>
        <comment>column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="53"/>
        <source>clusters:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="56"/>
        <source>  %1  %2 [fix: %3]  %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="65"/>
        <source>propagation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/analyzecommand.cpp" line="66"/>
        <source>  %n model call(s), $%1</source>
        <translation>
            <numerusform>  %n model call, $%1</numerusform>
            <numerusform>  %n model calls, $%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="68"/>
        <location filename="../app/cli/optimizecommand.cpp" line="43"/>
        <source>  note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="97"/>
        <source>Finds the step where each failure of a run starts (rules, counterfactual replay, the critic model) and how it spreads; stores the analysis in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="101"/>
        <source>Analyse this run (default: the newest).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="102"/>
        <source>At most N model calls for replay and the critic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="103"/>
        <source>Do not replay steps with repaired outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="104"/>
        <source>Do not ask the critic model (rules and step gold only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="105"/>
        <location filename="../app/cli/optimizecommand.cpp" line="110"/>
        <location filename="../app/cli/runcommand.cpp" line="147"/>
        <source>Model calls in flight at most (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="106"/>
        <location filename="../app/cli/optimizecommand.cpp" line="111"/>
        <location filename="../app/cli/runcommand.cpp" line="148"/>
        <source>Do not answer requests from the workspace cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="107"/>
        <source>Allow replays to run this pipeline&apos;s command steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="114"/>
        <location filename="../app/cli/optimizecommand.cpp" line="121"/>
        <location filename="../app/cli/runcommand.cpp" line="30"/>
        <source>usage: %1 [options] (see fapo %2 --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/analyzecommand.cpp" line="149"/>
        <source>run %1: %n failed example(s); rules settled %2</source>
        <translation>
            <numerusform>run %1: %n failed example; rules settled %2</numerusform>
            <numerusform>run %1: %n failed examples; rules settled %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/analyzecommand.cpp" line="153"/>
        <source>replay and the critic may make up to %n model call(s) (about $%1) for the other %2%3</source>
        <translation>
            <numerusform>replay and the critic may make up to %n model call (about $%1) for the other %2%3</numerusform>
            <numerusform>replay and the critic may make up to %n model calls (about $%1) for the other %2%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="157"/>
        <source>; capped at %1 by --budget-calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="158"/>
        <source>; cap them with --budget-calls N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="171"/>
        <source>interrupted; storing what is settled (Ctrl-C again to quit at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="13"/>
        <location filename="../app/cli/workspacecommand.cpp" line="23"/>
        <source>Print one JSON document on stdout and nothing else there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="14"/>
        <location filename="../app/cli/workspacecommand.cpp" line="24"/>
        <source>Print no progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="17"/>
        <source>Workspace file, or a team&apos;s PostgreSQL database as postgresql://USER@HOST:PORT/DB (default: $FAPO_WORKSPACE, else the pipeline&apos;s name with .fapo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="21"/>
        <source>trace, debug, info, warn, error or off (default: $FAPO_LOG_LEVEL, else warn).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="27"/>
        <source>(see fapo %1 --help)</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="104"/>
        <source>--%1: expected a number of at least %2, got &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="115"/>
        <source>Send the model calls of each step level as one batch through the provider&apos;s batch API (Anthropic Message Batches, OpenAI Batch API): half price, answered within 24 h; a stopped run collects its batches when run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="117"/>
        <source>With --batch: ask for the batches&apos; state every S seconds (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="134"/>
        <source>The pipeline file (names the default workspace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="160"/>
        <source>%1: no workspace here; run the dataset first (fapo run PIPELINE --dataset FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="170"/>
        <source>note: %1 MB of %2 is free space left by removed runs; &quot;fapo runs --compact&quot; gives it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="14"/>
        <source>Writes the pipeline with every approved or accepted rewrite applied (DIR/pipeline.json), each step&apos;s final prompt (DIR/prompts/), a unified diff (DIR/changes.diff) and a report (DIR/report.md). Your pipeline file is never modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="18"/>
        <source>The folder to write (created when missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="49"/>
        <source>exported to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="51"/>
        <source>  %n rewrite(s) applied, %1 proposal(s) left out</source>
        <translation>
            <numerusform>  %n rewrite applied, %1 proposal(s) left out</numerusform>
            <numerusform>  %n rewrites applied, %1 proposal(s) left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="22"/>
        <source>format %1: %n trace(s), %2 spans, %3 steps, %4 edges, %5 problems</source>
        <translation>
            <numerusform>format %1: %n trace, %2 spans, %3 steps, %4 edges, %5 problems</numerusform>
            <numerusform>format %1: %n traces, %2 spans, %3 steps, %4 edges, %5 problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="33"/>
        <source>  %1 (%2, %n span(s)</source>
        <translation>
            <numerusform>  %1 (%2, %n span</numerusform>
            <numerusform>  %1 (%2, %n spans</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="35"/>
        <source>, %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="49"/>
        <source>Reads a trace file (OTLP JSON, Langfuse, Phoenix, fapo JSONL or a GenAI/OpenInference attribute map), stores it in a workspace as a run and prints its step graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="53"/>
        <source>Keep what earlier imports stopped by a killed process had stored, marked interrupted (by default it is removed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="55"/>
        <source>The trace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="83"/>
        <source>removed %n import(s) a killed process left unfinished</source>
        <translation>
            <numerusform>removed %n import a killed process left unfinished</numerusform>
            <numerusform>removed %n imports a killed process left unfinished</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="85"/>
        <source>marked %n import(s) a killed process left unfinished as interrupted</source>
        <translation>
            <numerusform>marked %n import a killed process left unfinished as interrupted</numerusform>
            <numerusform>marked %n imports a killed process left unfinished as interrupted</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="100"/>
        <source>stored as run %1 in %2</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="75"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="99"/>
        <source>error: the workspace failed during the command, so its results are incomplete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="26"/>
        <source>round %1: target &quot;%2&quot;; validation %3, test %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="31"/>
        <source>  proposal %1: %2, validation %3 -&gt; %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/optimizecommand.cpp" line="39"/>
        <source>final score %1; %n model call(s), $%2</source>
        <translation>
            <numerusform>final score %1; %n model call, $%2</numerusform>
            <numerusform>final score %1; %n model calls, $%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="56"/>
        <source>proposal %1 for &quot;%2&quot;: validation %3 -&gt; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="59"/>
        <source>not evaluated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="60"/>
        <source>rationale: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="68"/>
        <source>approve, reject or skip? [a/r/S] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="87"/>
        <source>Rounds of: analyse the run, ask the optimizer model for rewrites of the step where failures start, check them, evaluate them on what they affect, and apply the acceptance policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="91"/>
        <location filename="../app/cli/runcommand.cpp" line="145"/>
        <source>Dataset file (JSONL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="92"/>
        <source>Rewrite this step instead of the one with the most blame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="93"/>
        <source>At most N rounds (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="95"/>
        <source>Rewrites proposed per round (default 2); a round of settings tries at most max(N, 4) values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="96"/>
        <source>Stop before more than N model calls.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="97"/>
        <source>Stop once X dollars are spent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="98"/>
        <source>Fraction of examples held out as the test split (default 0.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="99"/>
        <source>Seed of the splits (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="100"/>
        <source>ask (default), auto or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="101"/>
        <source>With --approve auto: the least validation gain accepted (default 0.05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="104"/>
        <source>Kinds of change rounds may propose, smallest first: prompt, parameter, structure (default all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="107"/>
        <source>With --approve auto: accept no change that raises the cost per example by more than this fraction (0.5: +50%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="109"/>
        <source>Use only the first N examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="112"/>
        <location filename="../app/cli/runcommand.cpp" line="151"/>
        <source>Allow this pipeline&apos;s command steps to run programs (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="115"/>
        <source>The pipeline file (JSON); it is never modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="139"/>
        <source>--holdout %1: leave at least a fifth of the examples for train and validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="156"/>
        <source>--levels: &quot;%1&quot; is not prompt, parameter or structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="163"/>
        <source>--levels needs at least one of prompt, parameter, structure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="171"/>
        <source>--approve must be ask, auto or none, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="204"/>
        <source>continuing from pipeline version %1, which approved rewrites made from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/optimizecommand.cpp" line="214"/>
        <source>each round may take up to %n model call(s) (about %1 tokens, $%2)%3</source>
        <translation>
            <numerusform>each round may take up to %n model call (about %1 tokens, $%2)%3</numerusform>
            <numerusform>each round may take up to %n model calls (about %1 tokens, $%2)%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="217"/>
        <source>; the budget caps it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="218"/>
        <source>; cap with --budget-calls or --budget-usd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="230"/>
        <source>interrupted; keeping what is done (Ctrl-C again to quit at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="249"/>
        <source>the budget was spent before any result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/progressreporter.cpp" line="27"/>
        <source>%1/%2 examples  %3 calls in flight  %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/progressreporter.cpp" line="43"/>
        <source>%1/%2 examples (%3%), %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="63"/>
        <source>Lists the proposed changes (prompt rewrites and settings) and what became of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="66"/>
        <source>Only proposals with this status (pending, approved, accepted, rejected, blocked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="77"/>
        <source>--status: &quot;%1&quot; is not one of pending, approved, accepted, rejected, blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="103"/>
        <source>no proposals yet; fapo optimize PIPELINE --dataset FILE makes some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="107"/>
        <location filename="../app/cli/runscommand.cpp" line="92"/>
        <source>id</source>
        <comment>column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="109"/>
        <location filename="../app/cli/runscommand.cpp" line="94"/>
        <source>status</source>
        <comment>column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="110"/>
        <source>before</source>
        <comment>column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="111"/>
        <source>after</source>
        <comment>column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="112"/>
        <source>why</source>
        <comment>column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="124"/>
        <source>Approves a proposal: its rewrite makes the next pipeline version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="125"/>
        <source>Rejects a proposal: it never reaches the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="128"/>
        <source>Why, for the record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="129"/>
        <source>Who decides (default: $FAPO_USER or the login name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="130"/>
        <source>The proposal (fapo proposals lists them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="141"/>
        <source>&quot;%1&quot; is not a proposal id (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="160"/>
        <source>proposal %1 is no longer in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="166"/>
        <source>proposal %1 (%2) approved by %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="167"/>
        <source>proposal %1 (%2) rejected by %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="169"/>
        <source>; pipeline version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/runcommand.cpp" line="118"/>
        <source>run %1 %2: %n example(s), %3 passed, %4 failed, %5 errors; score %6</source>
        <translation>
            <numerusform>run %1 %2: %n example, %3 passed, %4 failed, %5 errors; score %6</numerusform>
            <numerusform>run %1 %2: %n examples, %3 passed, %4 failed, %5 errors; score %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/runcommand.cpp" line="125"/>
        <source>  %n model call(s), %1 cache hits, %2 tokens in, %3 out, $%4, %5 s</source>
        <translation>
            <numerusform>  %n model call, %1 cache hits, %2 tokens in, %3 out, $%4, %5 s</numerusform>
            <numerusform>  %n model calls, %1 cache hits, %2 tokens in, %3 out, $%4, %5 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/runcommand.cpp" line="131"/>
        <source>  resumed: %n example(s) kept from the interrupted attempt</source>
        <translation>
            <numerusform>  resumed: %n example kept from the interrupted attempt</numerusform>
            <numerusform>  resumed: %n examples kept from the interrupted attempt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="134"/>
        <source>  workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="142"/>
        <source>Runs every example of a dataset through a pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="146"/>
        <source>Run only the first N examples.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="149"/>
        <source>Continue this interrupted run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="150"/>
        <source>Start a new run even if an interrupted one exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="152"/>
        <source>Exit with 3 when the score is below X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="153"/>
        <source>Write a JUnit XML report (one test case per example).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="156"/>
        <location filename="../app/cli/validatecommand.cpp" line="72"/>
        <source>The pipeline file (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="200"/>
        <source>interrupted; finishing what is stored (Ctrl-C again to quit at once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="219"/>
        <source>run %1 interrupted; run the same command again (or --resume %1) to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="223"/>
        <source>every example failed with an error; is the model provider reachable?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="227"/>
        <source>score %1 is below --fail-under %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="35"/>
        <source>model &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="57"/>
        <source>%1: app pipeline running %2; %n prompt(s)</source>
        <translation>
            <numerusform>%1: app pipeline running %2; %n prompt</numerusform>
            <numerusform>%1: app pipeline running %2; %n prompts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="60"/>
        <source>, not optimized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="69"/>
        <source>Checks a pipeline file, its corpora and models, and prints its step graph.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="71"/>
        <source>Also check this dataset against the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="112"/>
        <source>%1: %n step(s), %2 inputs, %3 edges; output: %4</source>
        <translation>
            <numerusform>%1: %n step, %2 inputs, %3 edges; output: %4</numerusform>
            <numerusform>%1: %n steps, %2 inputs, %3 edges; output: %4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="124"/>
        <source>, model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="26"/>
        <source>Lists the runs of a workspace: fapo&apos;s own runs, replays and evaluations, and imported or received traces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="29"/>
        <source>First give back the space removed runs left free in the file (VACUUM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="51"/>
        <source>compacted %1: %2 MB to %3 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="88"/>
        <source>no runs yet; fapo run, fapo import or fapo serve makes some</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="93"/>
        <source>kind</source>
        <comment>column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="95"/>
        <source>created</source>
        <comment>column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="96"/>
        <source>examples</source>
        <comment>column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="97"/>
        <source>spans</source>
        <comment>column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="98"/>
        <source>score</source>
        <comment>column heading</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="19"/>
        <source>Receives traces over OTLP/HTTP (POST /v1/traces, protobuf or JSON) and stores them in a workspace as they arrive, grouped into steps as fapo import groups a file. Runs until Ctrl-C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="23"/>
        <source>Listen on this port (default 4318; 0: any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="24"/>
        <source>Listen on this address (default 127.0.0.1; another needs --token).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="26"/>
        <source>Serve only requests with &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="27"/>
        <source>Refuse bodies larger than this after decompression (default 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="48"/>
        <source>--port: %1 is not a port (0 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="57"/>
        <source>--bind: &quot;%1&quot; is not an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="62"/>
        <source>--bind %1 lets other machines send traces; give --token as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="82"/>
        <source>listening on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/servecommand.cpp" line="86"/>
        <source>run %1: %n span(s) so far</source>
        <translation>
            <numerusform>run %1: %n span so far</numerusform>
            <numerusform>run %1: %n spans so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/servecommand.cpp" line="106"/>
        <source>%n request(s) answered; %1 spans in %2 traces, %3 steps; run %4 in %5</source>
        <translation>
            <numerusform>%n request answered; %1 spans in %2 traces, %3 steps; run %4 in %5</numerusform>
            <numerusform>%n requests answered; %1 spans in %2 traces, %3 steps; run %4 in %5</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="20"/>
        <source>Copies a workspace into a new one: a file onto a team&apos;s PostgreSQL database (postgresql://USER@HOST:PORT/DB; the password from PGPASSWORD or ~/.pgpass), or back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="25"/>
        <source>The action (copy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="26"/>
        <source>The workspace to copy (a .fapo file or a postgresql:// URL).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="28"/>
        <source>The new workspace (a file that does not exist yet, or an empty database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="41"/>
        <source>%1: no workspace here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="45"/>
        <source>%1: the file exists already; copy into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/workspacecommand.cpp" line="60"/>
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1: %n row</numerusform>
            <numerusform>%1: %n rows</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="73"/>
        <source>copied %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::diagnostics</name>
    <message>
        <location filename="../core/formats/dataset.cpp" line="25"/>
        <location filename="../core/formats/pipelineloader.cpp" line="538"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="52"/>
        <source>each line must be one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="72"/>
        <source>&quot;id&quot; must be a string or an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="112"/>
        <source>duplicate example id &quot;%1&quot; (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="121"/>
        <source>example &quot;%1&quot; needs &quot;input&quot;: an object of fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="130"/>
        <source>&quot;step_expected&quot; must be an object keyed by step id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="141"/>
        <source>the dataset has no examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="166"/>
        <source>a document needs an &quot;id&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="170"/>
        <source>duplicate document id &quot;%1&quot; (first on line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="176"/>
        <source>document &quot;%1&quot; needs &quot;text&quot;: a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="180"/>
        <source>&quot;title&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="191"/>
        <source>the corpus has no documents: retrieval from it finds nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="205"/>
        <source>example &quot;%1&quot; has no input field &quot;%2&quot;, which the pipeline reads as {{input.%2}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="212"/>
        <source>example &quot;%1&quot;: step_expected names step &quot;%2&quot;, which the pipeline does not have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/diagnostic.cpp" line="95"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/diagnostic.cpp" line="96"/>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsondocument.cpp" line="185"/>
        <source>invalid JSON: nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsondocument.cpp" line="189"/>
        <source>invalid JSON: a NUL byte (is this a text file?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsondocument.cpp" line="201"/>
        <source>invalid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="16"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="19"/>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="21"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="23"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="25"/>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="27"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="29"/>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="39"/>
        <source>%1 needs the field &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="45"/>
        <source>%1: &quot;%2&quot; must be a string, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="59"/>
        <source>%1: &quot;%2&quot; must be an integer, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="66"/>
        <location filename="../core/formats/jsonfieldreader.cpp" line="88"/>
        <source>%1: &quot;%2&quot; must be at least %3, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="81"/>
        <source>%1: &quot;%2&quot; must be a number, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="90"/>
        <source>%1: &quot;%2&quot; must be between %3 and %4, not %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="104"/>
        <source>%1: &quot;%2&quot; must be true or false, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="120"/>
        <source>%1: &quot;%2&quot; must be a list of strings, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="129"/>
        <source>%1: &quot;%2&quot;[%3] must be a string, not %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="142"/>
        <source>%1 %2 not found (looked for %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="154"/>
        <source>%1: unknown field %2 is ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="52"/>
        <source>a pipeline file must hold one JSON object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="56"/>
        <source>the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="59"/>
        <source>unsupported format %1 (expected &quot;fapo.pipeline/1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="72"/>
        <source>&quot;prompts&quot; belongs to an app pipeline: add &quot;app&quot; with the program&apos;s command, or write the prompts into &quot;steps&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="83"/>
        <source>&quot;output&quot; names step %1, which is not defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="114"/>
        <source>&quot;models&quot; must be an object of named models, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="134"/>
        <source>model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="136"/>
        <location filename="../core/formats/pipelineloader.cpp" line="330"/>
        <location filename="../core/formats/pipelineloader.cpp" line="377"/>
        <source>%1 must be an object, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="146"/>
        <source>%1: unknown provider %2 (expected anthropic, openai or scripted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="152"/>
        <source>%1: rules file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="157"/>
        <source>%1: &quot;model&quot; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="163"/>
        <source>%1: &quot;base_url&quot; must be an http(s) URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="174"/>
        <source>%1: API keys never go in a pipeline file; set ANTHROPIC_API_KEY or OPENAI_API_KEY in the environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="194"/>
        <source>the pipeline needs a &quot;steps&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="198"/>
        <source>&quot;steps&quot; must be a non-empty list of steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="209"/>
        <source>step id %1 must match [a-z][a-z0-9_]* (lower case letter first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="216"/>
        <source>&quot;input&quot; is reserved for dataset inputs; rename the step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="222"/>
        <source>duplicate step id %1 (first defined at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="228"/>
        <source>step %1 uses model %2, which &quot;models&quot; does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="238"/>
        <source>a step must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="242"/>
        <source>a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="247"/>
        <location filename="../core/formats/pipelineloader.cpp" line="321"/>
        <location filename="../core/formats/pipelineloader.cpp" line="428"/>
        <source>step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="254"/>
        <source>%1: unknown kind %2 (expected llm, retrieve, transform or command)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="268"/>
        <source>%1: &quot;parse&quot; must be &quot;text&quot; or &quot;json&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="288"/>
        <source>%1: corpus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="300"/>
        <source>%1 needs the field &quot;argv&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="303"/>
        <source>%1: &quot;argv&quot; must name a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="323"/>
        <source>%1: &quot;checks&quot; must be a list, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="328"/>
        <source>%1, check %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="349"/>
        <source>%1: invalid regular expression: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="354"/>
        <source>%1 needs the field &quot;value&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="340"/>
        <source>%1: unknown check type %2 (expected json_valid, regex, max_chars, min_chars, contains or not_empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="368"/>
        <source>&quot;metrics&quot; must be a list, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="375"/>
        <location filename="../core/formats/pipelineloader.cpp" line="389"/>
        <source>metric %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="385"/>
        <source>%1: unknown metric type %2 (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="398"/>
        <source>%1: invalid regular expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="435"/>
        <source>%1, field &quot;%2&quot;, offset %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="448"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="462"/>
        <source>%1 refers to {{%2}}, but no step is called %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="469"/>
        <source>%1 refers to {{%2}}, but step %3 does not parse JSON (add &quot;parse&quot;: &quot;json&quot; to it, or refer to {{%4}})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="486"/>
        <source>cycle between steps: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="492"/>
        <source>step %1 refers to {{%2}}, a later step; steps may only read steps defined before them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/templatetext.cpp" line="29"/>
        <source>&quot;%1&quot; is not a reference (expected input.FIELD, STEP or STEP.FIELD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/templatetext.cpp" line="39"/>
        <source>&quot;input&quot; needs a field: write {{input.FIELD}}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/templatetext.cpp" line="55"/>
        <source>&quot;{{&quot; is not closed by &quot;}}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="16"/>
        <source>an app pipeline has no %1: its program is the pipeline (remove %1, or remove &quot;app&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="42"/>
        <source>&quot;app&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="44"/>
        <source>&quot;app&quot; must be an object, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="54"/>
        <source>&quot;app&quot; needs a &quot;command&quot;: the program to run, as a list of arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="59"/>
        <source>&quot;app&quot;.&quot;command&quot; is empty: name the program to run, then its arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="71"/>
        <source>&quot;app&quot;.&quot;parse&quot; must be &quot;text&quot; or &quot;json&quot;, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="76"/>
        <source>&quot;app&quot; answers its calls with model %1, which &quot;models&quot; does not define</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="88"/>
        <source>an app pipeline needs &quot;prompts&quot;: each prompt the program reads, by name, with its file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="94"/>
        <source>&quot;prompts&quot; must be an object of name: {&quot;file&quot;: PATH}, with at least one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="102"/>
        <source>prompt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="105"/>
        <source>prompt name %1 must match [a-z][a-z0-9_]* (lower case letter first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="110"/>
        <source>&quot;input&quot; is reserved for dataset inputs; rename the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="116"/>
        <source>%1 must be an object like {&quot;file&quot;: &quot;prompts/%2.txt&quot;}, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="139"/>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="144"/>
        <source>%1: %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="29"/>
        <source>Finds where LLM pipeline failures start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="32"/>
        <source>A pipeline (.json) or workspace (.fapo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="33"/>
        <source>Render the window to FILE.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="36"/>
        <source>graph, inspector, review, charts, matrix or compare (with --screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="39"/>
        <source>The example to select (with --screenshot; default: the first failing one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="43"/>
        <source>The step to inspect (with --screenshot; default: where the example&apos;s failure starts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="46"/>
        <source>The inspector&apos;s tab: prompt, template, output, parsed, checks, passages or evidence (with --screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="51"/>
        <source>The proposal to show in the review view (with --screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="53"/>
        <source>Use a dark palette (the system&apos;s is used otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="54"/>
        <source>trace, debug, info, warn, error or off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="57"/>
        <source>Listen for OpenTelemetry traces on 127.0.0.1:PORT from the start (0: any free port), into the file&apos;s workspace, else live-traces.fapo in the documents folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="68"/>
        <source>--listen: &quot;%1&quot; is not a port (0 to 65535)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
