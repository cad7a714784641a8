<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>fapo::AnalysisLabels</name>
    <message>
        <location filename="../models/analysislabels.cpp" line="16"/>
        <source>retrieval miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="18"/>
        <source>cascade from an error or empty output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="20"/>
        <source>failed checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="22"/>
        <source>wrong output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="24"/>
        <source>right answer, wrong form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="26"/>
        <source>good inputs, wrong conclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="28"/>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="30"/>
        <source>unexplained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="37"/>
        <source>step gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="39"/>
        <source>first error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="41"/>
        <source>failed check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="43"/>
        <source>answer present, form wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="45"/>
        <source>answer lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="47"/>
        <source>names dropped from the query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="49"/>
        <source>where passing examples find the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="51"/>
        <source>counterfactual replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="53"/>
        <source>critic model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="55"/>
        <source>first failing step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="62"/>
        <source>prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="64"/>
        <source>parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/analysislabels.cpp" line="66"/>
        <source>structure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::AnalysisPanel</name>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="44"/>
        <source>Analyze Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="45"/>
        <source>Analyze Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="46"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="57"/>
        <source>Find where each failure of this run starts (rules first; replay and the critic model for what they leave open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="64"/>
        <source>Select a failed example to see where its failure starts and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="73"/>
        <source>No analysis yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="74"/>
        <source>Analysis finds the step where each failure starts, not where it shows, and how it spreads through the pipeline. Rules and step gold cost nothing; replay and the critic model are only asked about what they leave open, within a budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/analysispanel.cpp" line="149"/>
        <source>Analysis %1 of run %2: %3 of %4 examples failed. Found by: %5. %n model call(s), $%6.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="155"/>
        <source>nothing to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="162"/>
        <source>%1 passed, or has no verdict in this analysis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="166"/>
        <source>%1: the failure starts at &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="167"/>
        <source>Kind: %1. Fix at the %2 level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="168"/>
        <source>Found by %1, confidence %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="170"/>
        <source>Path: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="174"/>
        <source>The rules alone said &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="179"/>
        <source>The critic&apos;s reply was rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::Analyzer</name>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="68"/>
        <source>run %1 is not in the workspace %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="75"/>
        <source>the workspace %1 has no runs yet; run the dataset first (fapo run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="84"/>
        <source>run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="90"/>
        <source>run %1: its dataset is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="98"/>
        <source>run %1 has no finished examples to analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="268"/>
        <source>the critic stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="276"/>
        <source>the critic model cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="310"/>
        <source>the call budget allowed replaying %1 of %2 examples at &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="346"/>
        <source>replay is not possible: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="399"/>
        <source>a replay at &quot;%1&quot; failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="421"/>
        <source>Replacing the output of &quot;%1&quot; with a repaired one and running only the steps after it makes this example pass; no earlier repair did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="424"/>
        <source>&quot;%1&quot; runs no model, so the blame passes to &quot;%2&quot;, which wrote its input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="444"/>
        <source>the call budget allowed the critic to judge %1 of %2 open examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="536"/>
        <source>the analysis could not be stored in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::BackgroundAnalysis</name>
    <message>
        <location filename="../core/analysis/backgroundanalysis.cpp" line="49"/>
        <source>an analysis is already in progress</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::BackgroundRun</name>
    <message>
        <location filename="../core/run/backgroundrun.cpp" line="37"/>
        <source>a run is already in progress</source>
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
    <name>fapo::CallQueue</name>
    <message>
        <location filename="../core/run/callqueue.cpp" line="92"/>
        <source>the call budget (%1 calls) is spent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::ClusterModel</name>
    <message numerus="yes">
        <location filename="../models/clustermodel.cpp" line="47"/>
        <source>%n example(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="66"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="67"/>
        <source>Starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="68"/>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="69"/>
        <source>Fix level</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::CommandStep</name>
    <message>
        <location filename="../core/run/commandstep.cpp" line="16"/>
        <source>timed out after %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/commandstep.cpp" line="20"/>
        <source>cannot start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/commandstep.cpp" line="28"/>
        <source>%1 exited with code %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/commandstep.cpp" line="58"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::ComparePanel</name>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="41"/>
        <source>Compare with run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="53"/>
        <source>Fixed (failed before, passed now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="54"/>
        <source>Regressed (passed before, failed now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="56"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="56"/>
        <source>Failed before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="56"/>
        <source>Failed now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="56"/>
        <source>Pass rate change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="61"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="67"/>
        <source>Select an example and a step to see how its output changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="116"/>
        <source>Run %1 · %2 · %3 examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="140"/>
        <source>Only one run so far: run the dataset again after a change to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="147"/>
        <source>Score %1 → %2 (%3) · %4 fixed · %5 regressed · %6 unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="181"/>
        <source>%1 at %2: run %3 → run %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::ExamplesModel</name>
    <message>
        <location filename="../models/examplesmodel.cpp" line="13"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="14"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="15"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="55"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="83"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="84"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="85"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="86"/>
        <source>Origin step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="87"/>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="88"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="89"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="90"/>
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
        <location filename="../widgets/examplespanel.cpp" line="95"/>
        <source>Any origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="30"/>
        <source>Show only failures that start at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="146"/>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::FailureMatrixModel</name>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="13"/>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="14"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="15"/>
        <source>check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="16"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="37"/>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="39"/>
        <source>The failure of this example starts here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::GraphScene</name>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="225"/>
        <source>%1
Dataset input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="229"/>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="229"/>
        <source>Kind: %1, model %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="233"/>
        <source>%1 passed, %2 failed (%3% failure rate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/graph/graphscene.cpp" line="239"/>
        <source>%n failure(s) start here</source>
        <translation>
            <numerusform>%n failure starts here</numerusform>
            <numerusform>%n failures start here</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="242"/>
        <source>The selected example&apos;s failure starts here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="243"/>
        <source>The selected example&apos;s failure passes through here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="244"/>
        <source>The selected example passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="248"/>
        <source>Output step of the pipeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::GraphView</name>
    <message>
        <location filename="../widgets/graph/graphview.cpp" line="42"/>
        <source>Pipeline graph</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::JsonTreeModel</name>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="86"/>
        <source>(value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="177"/>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="179"/>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="181"/>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="183"/>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="186"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="188"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/jsontreemodel.cpp" line="196"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n key</numerusform>
            <numerusform>%n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/jsontreemodel.cpp" line="197"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="264"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="266"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="268"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::KeyStore</name>
    <message>
        <location filename="../widgets/appsettings.cpp" line="18"/>
        <source>No system keychain is available here (%1). Set the key in the environment instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="69"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="89"/>
        <source>Finishing calls in flight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="120"/>
        <source>Replaying steps %v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="121"/>
        <source>Asking the critic %v / %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="122"/>
        <location filename="../widgets/mainwindow.cpp" line="527"/>
        <source>Applying rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="137"/>
        <source>Analysis %1 stored; the graph now shows where each failure starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="192"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="194"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="196"/>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="198"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="204"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="205"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="207"/>
        <source>&amp;Import Traces…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="208"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="211"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="214"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="218"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="219"/>
        <source>Run &amp;Dataset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="222"/>
        <source>&amp;Analyze Failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="224"/>
        <source>Find the step where each failure of the run on show starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="227"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="228"/>
        <source>&amp;Fit Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="230"/>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="231"/>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="235"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="236"/>
        <source>&amp;About FAPO Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="238"/>
        <source>About FAPO Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="240"/>
        <source>FAPO Studio %1
Finds where pipeline failures start, and lets you decide every prompt change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="245"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="267"/>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="268"/>
        <source>Failure Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="270"/>
        <source>Compare Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="272"/>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="275"/>
        <source>Step Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="276"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="277"/>
        <source>No proposals to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="277"/>
        <source>Rewrites proposed by the optimizer wait here for your decision. Nothing changes a prompt without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="388"/>
        <location filename="../widgets/mainwindow.cpp" line="594"/>
        <source>FAPO Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="388"/>
        <source>%1 — FAPO Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="396"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="398"/>
        <source>No run yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="399"/>
        <source>Open a pipeline or workspace: %1, or drop one here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="404"/>
        <source>Run %1 (%2) · %3 examples · %4 passed · %5 failed · %6 errors · score %7 · %8 model calls · %9 tokens billed · %10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="423"/>
        <source>Open a pipeline file first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="434"/>
        <source>Not run: this pipeline&apos;s command steps run programs, and they were not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="454"/>
        <source>%v / %m examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="473"/>
        <source>Run programs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="474"/>
        <source>This pipeline runs programs on this computer:

%1

Run them only if you trust this pipeline file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="499"/>
        <source>Run %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="509"/>
        <source>Open a workspace with a run first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="541"/>
        <source>Spend model calls on the analysis?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="542"/>
        <source>The rules settled %1 of %2 failed examples for free.

For the other %3, replaying steps with repaired outputs and asking the critic model may make up to %4 model calls (about %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="551"/>
        <source>Spend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="552"/>
        <source>Rules Only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="614"/>
        <source>Import Traces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="615"/>
        <source>Trace files (*.json *.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="625"/>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="653"/>
        <source>Open Pipeline or Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="654"/>
        <source>Pipelines and workspaces (*.json *.fapo);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="661"/>
        <source>Run Dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="662"/>
        <source>Datasets (*.jsonl);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::MiniMap</name>
    <message>
        <location filename="../widgets/graph/minimap.cpp" line="25"/>
        <source>Overview: click or drag to move the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/minimap.cpp" line="26"/>
        <source>Graph overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::NodeItem</name>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="129"/>
        <source>LLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="129"/>
        <source>LLM · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="131"/>
        <source>Retrieve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="133"/>
        <source>Transform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="135"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="165"/>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="196"/>
        <location filename="../widgets/graph/nodeitem.cpp" line="364"/>
        <source>output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="411"/>
        <source>origin</source>
        <translation type="unfinished"></translation>
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
        <location filename="../widgets/inspector/passagesview.cpp" line="217"/>
        <source>Passage text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="221"/>
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
        <location filename="../widgets/inspector/plaintextview.cpp" line="151"/>
        <source>Copy All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/plaintextview.cpp" line="153"/>
        <source>Wrap Lines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::Runner</name>
    <message>
        <location filename="../core/run/runner.cpp" line="84"/>
        <source>model &quot;%1&quot; is not defined in &quot;models&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="89"/>
        <source>model &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="105"/>
        <source>step &quot;%1&quot;: the corpus cannot be loaded:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="110"/>
        <source>step &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="121"/>
        <source>%1 has command steps, which run programs on this machine; run once with --trust if you trust this pipeline file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="152"/>
        <source>run %1 is not in the workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="156"/>
        <source>run %1 was made with another pipeline version or dataset; it cannot be resumed with these</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="179"/>
        <source>cannot create a run in the workspace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="356"/>
        <source>not run: upstream step &quot;%1&quot; failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="577"/>
        <source>the judge&apos;s reply is not a grade: %1</source>
        <translation type="unfinished"></translation>
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
    <name>fapo::StepBlameModel</name>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="74"/>
        <source>Failed examples whose failure started at or travelled through this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="75"/>
        <source>Failed examples whose failure starts at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="76"/>
        <source>Share of all failures that start at this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="77"/>
        <source>The run&apos;s score if the failures that start here were fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="84"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="85"/>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="86"/>
        <source>Start here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="87"/>
        <source>Blame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="88"/>
        <source>Ceiling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::StepHeader</name>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="40"/>
        <source>cached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="42"/>
        <source>Answered from the response cache: no model call was paid for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="53"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="54"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="55"/>
        <source>Tokens in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="56"/>
        <source>Cache read / write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="57"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="58"/>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="59"/>
        <source>Request ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="99"/>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="101"/>
        <source>Check failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="103"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="107"/>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="124"/>
        <source>No record for this example: an upstream step failed, or the run stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="138"/>
        <location filename="../widgets/inspector/stepheader.cpp" line="141"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="144"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="146"/>
        <source>Started %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="150"/>
        <source>Answered from the cache: nothing was paid for this call.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fapo::StepInspector</name>
    <message numerus="yes">
        <location filename="../widgets/inspector/stepinspector.cpp" line="53"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="66"/>
        <source>Select an example and a step to inspect it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="67"/>
        <source>No step selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="80"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="426"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="81"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="533"/>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="82"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="201"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="83"/>
        <source>Parsed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="84"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="651"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="88"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="680"/>
        <source>Passages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="115"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="132"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="222"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="265"/>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="131"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="264"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="148"/>
        <source>Copy the system prompt as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="149"/>
        <source>Copy the prompt as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="166"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="167"/>
        <source>Copy the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="168"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="169"/>
        <source>Reference to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="188"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="200"/>
        <source>Copy the output text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="218"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="256"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="260"/>
        <source>Expand All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="223"/>
        <source>Copy the parsed value as indented JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="225"/>
        <source>Parsed value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="256"/>
        <source>Collapse All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="276"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="649"/>
        <source>This step has no checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="284"/>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="284"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="284"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="289"/>
        <source>Expected for this step (step_expected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="423"/>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="431"/>
        <source>Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="435"/>
        <source>Rendered template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="439"/>
        <source>Standard input (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="455"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="459"/>
        <source>This step has not run for this example. Below is a preview rendered from the upstream outputs that exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="463"/>
        <source>The recorded text differs from the current template rendered with this example&apos;s records (the pipeline changed since this run?). Showing the recorded text; substitutions are not marked where it differs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="489"/>
        <source>Substituted:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="502"/>
        <source>Output of step %1: click to inspect it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="506"/>
        <source>A field of the example&apos;s input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="521"/>
        <source>System template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="525"/>
        <source>Prompt template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="529"/>
        <source>Query template (top %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="537"/>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="542"/>
        <source>argv:    %1
inputs:  %2
timeout: %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="557"/>
        <source>The step produced no output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="557"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="648"/>
        <source>This step has not run for this example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="602"/>
        <source>No parsed value: the step&apos;s output is text</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inspector/stepinspector.cpp" line="611"/>
        <source>array, %n item(s)</source>
        <translation>
            <numerusform>array, %n item</numerusform>
            <numerusform>array, %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inspector/stepinspector.cpp" line="613"/>
        <source>object, %n key(s)</source>
        <translation>
            <numerusform>object, %n key</numerusform>
            <numerusform>object, %n keys</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="638"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="638"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="650"/>
        <source>No check results were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="651"/>
        <source>Checks %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="680"/>
        <source>Passages (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="24"/>
        <source>Finds where LLM pipeline failures start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="27"/>
        <source>A pipeline (.json) or workspace (.fapo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="28"/>
        <source>Render the window to FILE.png and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="29"/>
        <source>graph, inspector, review, charts, matrix or compare (with --screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="31"/>
        <source>Use a dark palette (the system&apos;s is used otherwise).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="32"/>
        <source>trace, debug, info, warn, error or off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
