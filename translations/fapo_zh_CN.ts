<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EditPromptDialog</name>
    <message>
        <location filename="../widgets/review/editpromptdialog.cpp" line="13"/>
        <source>Edit Proposal %1</source>
        <translation>编辑提案 %1</translation>
    </message>
    <message>
        <location filename="../widgets/review/editpromptdialog.cpp" line="17"/>
        <source>Re-evaluate</source>
        <translation>重新评估</translation>
    </message>
</context>
<context>
    <name>ProposalStages</name>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="36"/>
        <location filename="../core/optimize/proposalstage.cpp" line="102"/>
        <source>blocked</source>
        <translation>已阻止</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="38"/>
        <location filename="../core/optimize/proposalstage.cpp" line="151"/>
        <source>not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="40"/>
        <source>screened out</source>
        <translation>已筛除</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="42"/>
        <source>validated</source>
        <translation>已验证</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="44"/>
        <source>held-out checked</source>
        <translation>已在保留集上检查</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="77"/>
        <source>The policy accepted it.</source>
        <translation>策略已接受它。</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="79"/>
        <source>Rejected: %1.</source>
        <translation>已拒绝：%1。</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="81"/>
        <source>Rejected.</source>
        <translation>已拒绝。</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="83"/>
        <source>Approved by a person.</source>
        <translation>已由人工批准。</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="92"/>
        <source>blocked: unusable reply</source>
        <translation>已阻止：回复不可用</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="93"/>
        <source>Never evaluated: %1</source>
        <translation>从未评估：%1</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="102"/>
        <source>blocked: %1</source>
        <translation>已阻止：%1</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="103"/>
        <source>Blocked before any evaluation: %1</source>
        <translation>在任何评估之前被阻止：%1</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="109"/>
        <source>held-out: %1 → %2</source>
        <translation>保留集：%1 → %2</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="110"/>
        <source>Validation %1 → %2 (p = %3); on the held-out split %4 → %5 over %6 examples.</source>
        <translation>验证集 %1 → %2（p = %3）；在保留集上 %4 → %5，共 %6 个样例。</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="120"/>
        <source>validated: %1, p = %2</source>
        <translation>已验证：%1，p = %2</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="122"/>
        <source>On the validation set %1 → %2 (%3 over %4 examples; sign test p = %5; %6 fixed, %7 regressed).</source>
        <translation>在验证集上 %1 → %2（%4 个样例上 %3；符号检验 p = %5；修复 %6 个，退化 %7 个）。</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="131"/>
        <source>Corrected for the %1 candidates compared in its round, it needed p &lt; %2.</source>
        <translation>按其所在轮次比较的 %1 个候选进行校正后，它需要 p &lt; %2。</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="141"/>
        <source>screened out: %1 → %2 on %3</source>
        <translation>已筛除：%3 个样例上 %1 → %2</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="143"/>
        <source>On a minibatch of %1 training examples it scored %2 against %3 before: no gain, so it was not run on the validation set.</source>
        <translation>在 %1 个训练样例的小批量上得分 %2，之前为 %3：没有提升，因此未在验证集上运行。</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposalstage.cpp" line="152"/>
        <source>Not evaluated: the round stopped before this proposal&apos;s minibatch, or it is waiting for it.</source>
        <translation>未评估：本轮在此提案的小批量之前停止，或它正在等待。</translation>
    </message>
</context>
<context>
    <name>StatusTexts</name>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="10"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="12"/>
        <source>running</source>
        <translation>运行中</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="14"/>
        <source>interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="16"/>
        <location filename="../core/runview/statustexts.cpp" line="27"/>
        <location filename="../core/runview/statustexts.cpp" line="85"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="25"/>
        <location filename="../core/runview/statustexts.cpp" line="40"/>
        <location filename="../core/runview/statustexts.cpp" line="53"/>
        <location filename="../core/runview/statustexts.cpp" line="85"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="29"/>
        <location filename="../core/runview/statustexts.cpp" line="44"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="38"/>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="42"/>
        <source>check failed</source>
        <translation>校验失败</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="55"/>
        <source>the failure starts here</source>
        <translation>失败从这里开始</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="57"/>
        <source>carried the failure from an earlier step</source>
        <translation>传递了来自前面步骤的失败</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="59"/>
        <source>failed its own checks, but the failure starts elsewhere</source>
        <translation>自身检查未通过，但失败起源于别处</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="61"/>
        <source>not involved in the failure</source>
        <translation>与此失败无关</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="70"/>
        <source>pending</source>
        <translation>待定</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="72"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="74"/>
        <source>accepted</source>
        <translation>已自动接受</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="76"/>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="78"/>
        <source>blocked</source>
        <translation>已阻止</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="100"/>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location filename="../core/runview/statustexts.cpp" line="106"/>
        <source>(being sent)</source>
        <translation>（正在发送）</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/runview/statustexts.cpp" line="107"/>
        <source>batch %1 (%2) %3: %n request(s), %4 done, %5 failed</source>
        <translation>
            <numerusform>批处理 %1（%2）%3：%n 个请求，%4 个完成，%5 个失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VerdictReasons</name>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="78"/>
        <source>“%1” does not meet its step gold: %2.</source>
        <translation>“%1”未达到其步骤标准答案：%2。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="81"/>
        <source>“%1” failed with an error, so the steps after it had nothing to work on.</source>
        <translation>“%1”因错误而失败，因此其后的步骤没有可处理的内容。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="82"/>
        <source>“%1” returned an empty output (no passages, for a retrieval), so the steps after it had nothing to work on.</source>
        <translation>“%1”返回了空输出（对检索而言即没有段落），因此其后的步骤没有可处理的内容。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="86"/>
        <source>“%1” failed its own checks: %2.</source>
        <translation>“%1”未通过自身检查：%2。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="88"/>
        <source>The final output contains the expected answer, but the metric fails on its form: %1.</source>
        <translation>最终输出包含预期答案，但指标因其形式而失败：%1。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="91"/>
        <source>“%1” received the expected answer (%2) in its input, but its output does not have it.</source>
        <translation>“%1”的输入中有预期答案（%2），但其输出中没有。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="94"/>
        <source>“%1” wrote a search query without %2 from the question, so retrieval looked for something else.</source>
        <translation>“%1”写出的搜索查询遗漏了问题中的 %2，因此检索找的是别的东西。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="97"/>
        <source>The expected answer appears nowhere in this example; in passing examples it first appears at “%1”.</source>
        <translation>预期答案在此样例中从未出现；在通过的样例中它首先出现在“%1”。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="100"/>
        <source>No rule applies: the failure is put at the first step that failed or did not run, “%1”.</source>
        <translation>没有适用的规则：失败被归于第一个失败或未运行的步骤“%1”。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="110"/>
        <source>“%1” runs no model, so the blame passes to “%2”, which wrote its input.</source>
        <translation>“%1”不运行模型，因此责任归于写出其输入的“%2”。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="124"/>
        <source>Replacing the output of “%1” with a repaired one and running only the steps after it makes this example pass (replay run %2); no repair of an earlier step did.</source>
        <translation>将“%1”的输出替换为修复后的输出并只运行其后的步骤，可使此样例通过（重放运行 %2）；修复更早的步骤则不能。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="136"/>
        <source>The critic model read the example&apos;s records and put the origin at “%1”, with confidence %2.</source>
        <translation>评审模型阅读了此样例的记录，将起点定位于“%1”，置信度 %2。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="152"/>
        <source>The rules had found the same step (%1).</source>
        <translation>规则找到的是同一步骤（%1）。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="154"/>
        <source>The rules alone had put the origin at “%1” (%2).</source>
        <translation>仅凭规则时起点被定位于“%1”（%2）。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="158"/>
        <source>The critic was asked, but its reply was not used: %1</source>
        <translation>已询问评审模型，但未采用其回复：%1</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="174"/>
        <source>Did not run: a step before it failed.</source>
        <translation>未运行：之前的某个步骤失败了。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="176"/>
        <source>Failed with an error.</source>
        <translation>因错误而失败。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="178"/>
        <source>Has no record in this run.</source>
        <translation>在此运行中没有记录。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="180"/>
        <source>Ran, but its output is empty.</source>
        <translation>已运行，但输出为空。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="182"/>
        <source>Ran and produced an output.</source>
        <translation>已运行并产生输出。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="184"/>
        <source>Failed checks: %1</source>
        <translation>未通过的检查：%1</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="190"/>
        <source>Meets its step gold.</source>
        <translation>达到其步骤标准答案。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="190"/>
        <source>Misses its step gold.</source>
        <translation>未达到其步骤标准答案。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="191"/>
        <source>Meets its step gold: %1</source>
        <translation>达到其步骤标准答案：%1</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="191"/>
        <source>Misses its step gold: %1</source>
        <translation>未达到其步骤标准答案：%1</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="196"/>
        <source>The expected answer is in its input.</source>
        <translation>预期答案在其输入中。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="197"/>
        <source>The expected answer is not in its input.</source>
        <translation>预期答案不在其输入中。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="200"/>
        <source>The expected answer is in its output.</source>
        <translation>预期答案在其输出中。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="201"/>
        <source>The expected answer is not in its output.</source>
        <translation>预期答案不在其输出中。</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="206"/>
        <source>Names and numbers of the question missing from its output: %1</source>
        <translation>其输出中缺少的问题中的名称和数字：%1</translation>
    </message>
    <message>
        <location filename="../core/analysis/verdictreason.cpp" line="216"/>
        <source>Its input came from: %1</source>
        <translation>其输入来自：%1</translation>
    </message>
</context>
<context>
    <name>fapo::AnalysisLabels</name>
    <message>
        <location filename="../core/analysis/labels.cpp" line="14"/>
        <source>retrieval miss</source>
        <translation>检索未命中</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="16"/>
        <source>cascade from an error or empty output</source>
        <translation>由错误或空输出引起的连锁失败</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="18"/>
        <source>failed checks</source>
        <translation>检查未通过</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="20"/>
        <source>wrong output</source>
        <translation>输出错误</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="22"/>
        <source>right answer, wrong form</source>
        <translation>答案正确，格式错误</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="24"/>
        <source>reasoning: good inputs, wrong conclusion</source>
        <translation>推理：输入正确，结论错误</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="26"/>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="30"/>
        <source>unexplained</source>
        <translation>无法解释</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="37"/>
        <source>step gold</source>
        <translation>步骤标准答案</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="39"/>
        <source>first error</source>
        <translation>首个错误</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="41"/>
        <source>failed check</source>
        <translation>检查未通过</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="43"/>
        <source>answer present, form wrong</source>
        <translation>答案存在，格式错误</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="45"/>
        <source>answer lost</source>
        <translation>答案丢失</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="47"/>
        <source>names dropped from the query</source>
        <translation>查询中丢失了名称</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="49"/>
        <source>where passing examples find the answer</source>
        <translation>通过的样例找到答案的位置</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="51"/>
        <source>counterfactual replay</source>
        <translation>反事实重放</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="53"/>
        <source>critic model</source>
        <translation>评审模型</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="57"/>
        <source>first failing step</source>
        <translation>首个失败步骤</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="70"/>
        <source>prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="64"/>
        <source>parameter</source>
        <translation>参数</translation>
    </message>
    <message>
        <location filename="../core/analysis/labels.cpp" line="66"/>
        <source>structure</source>
        <translation>结构</translation>
    </message>
</context>
<context>
    <name>fapo::AnalysisPanel</name>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="45"/>
        <source>Analyze Again</source>
        <translation>重新分析</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="46"/>
        <source>Analyze Run</source>
        <translation>分析运行</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="47"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="59"/>
        <source>Find where each failure of this run starts (rules first; replay and the critic model for what they leave open)</source>
        <translation>找出本次运行中每个失败的起点（先用规则；规则无法确定的再用重放和评审模型）</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="66"/>
        <source>Select a failed example to see where its failure starts and why.</source>
        <translation>选择一个失败的样例，查看其失败从哪里开始以及原因。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="75"/>
        <source>No analysis yet</source>
        <translation>尚无分析</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="76"/>
        <source>Analysis finds the step where each failure starts, not where it shows, and how it spreads through the pipeline. Rules and step gold cost nothing; replay and the critic model are only asked about what they leave open, within a budget.</source>
        <translation>分析会找出每个失败开始的步骤（而不是显现的步骤），以及它如何在流水线中传播。规则和步骤标准答案不产生费用；只有规则无法确定的部分才会在预算内使用重放和评审模型。</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/analysis/analysispanel.cpp" line="147"/>
        <source>Analysis %1 of run %2: %3 of %4 examples failed. Found by: %5. %n model call(s), $%6.</source>
        <translation>
            <numerusform>运行 %2 的分析 %1：%4 个样例中有 %3 个失败。判定方式：%5。%n 次模型调用，$%6。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="152"/>
        <source>nothing to explain</source>
        <translation>无需解释</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="159"/>
        <source>%1 passed, or has no verdict in this analysis.</source>
        <translation>%1 已通过，或在本次分析中没有结论。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="163"/>
        <source>%1: the failure starts at &quot;%2&quot;</source>
        <translation>%1：失败始于“%2”</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="164"/>
        <source>Kind: %1. Fix at the %2 level.</source>
        <translation>类型：%1。应在%2层面修复。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="165"/>
        <source>Found by %1, confidence %2.</source>
        <translation>判定方式：%1，置信度 %2。</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="167"/>
        <source>Path: %1</source>
        <translation>路径：%1</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="180"/>
        <source>Replaying steps %v / %m</source>
        <translation>正在重放步骤 %v / %m</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="181"/>
        <source>Asking the critic %v / %m</source>
        <translation>正在询问评审模型 %v / %m</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/analysispanel.cpp" line="182"/>
        <source>Applying rules…</source>
        <translation>正在应用规则…</translation>
    </message>
</context>
<context>
    <name>fapo::Analyzer</name>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="56"/>
        <source>run %1 is not in the workspace %2</source>
        <translation>运行 %1 不在工作区 %2 中</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="63"/>
        <source>the workspace %1 has no runs yet; run the dataset first (fapo run)</source>
        <translation>工作区 %1 还没有运行；请先运行数据集（fapo run）</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="72"/>
        <source>run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="78"/>
        <source>run %1: its dataset is not in the workspace</source>
        <translation>运行 %1：其数据集不在工作区中</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="86"/>
        <source>run %1 has no finished examples to analyse</source>
        <translation>运行 %1 没有可分析的已完成样例</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="173"/>
        <source>the critic model cannot be reached: %1</source>
        <translation>无法连接评审模型：%1</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="205"/>
        <source>the critic stopped: %1</source>
        <translation>评审模型已停止：%1</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="218"/>
        <source>the critic model cannot be used: %1</source>
        <translation>无法使用评审模型：%1</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="252"/>
        <source>the call budget allowed replaying %1 of %2 examples at &quot;%3&quot;</source>
        <translation>调用预算只允许在“%3”处重放 %2 个样例中的 %1 个</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="288"/>
        <source>replay is not possible: %1</source>
        <translation>无法重放：%1</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="335"/>
        <source>a replay at &quot;%1&quot; failed: %2</source>
        <translation>在“%1”处的重放失败：%2</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="358"/>
        <source>Replacing the output of &quot;%1&quot; with a repaired one and running only the steps after it makes this example pass; no earlier repair did.</source>
        <translation>将“%1”的输出替换为修复后的输出，并只重新运行其后的步骤，此样例即可通过；更早的修复都没有做到。</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="363"/>
        <source>&quot;%1&quot; runs no model, so the blame passes to &quot;%2&quot;, which wrote its input.</source>
        <translation>“%1”不调用模型，因此责任转给为其写入输入的“%2”。</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="383"/>
        <source>the call budget allowed the critic to judge %1 of %2 open examples</source>
        <translation>调用预算只允许评审模型判断 %2 个未定样例中的 %1 个</translation>
    </message>
    <message>
        <location filename="../core/analysis/analyzer.cpp" line="469"/>
        <source>the analysis could not be stored in %1</source>
        <translation>无法将分析保存到 %1</translation>
    </message>
</context>
<context>
    <name>fapo::AnswerPane</name>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="31"/>
        <source>(no reference needed)</source>
        <translation>（无需参考答案）</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="31"/>
        <location filename="../widgets/inspector/answerpane.cpp" line="38"/>
        <source>(none: %1)</source>
        <translation>（无：%1）</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="37"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="38"/>
        <source>(the output step did not run)</source>
        <translation>（输出步骤未运行）</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="44"/>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="45"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="58"/>
        <source>Expected and actual answer</source>
        <translation>预期答案与实际答案</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="82"/>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="82"/>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="82"/>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="82"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="90"/>
        <source>%1 (decides)</source>
        <translation>%1（决定性）</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/answerpane.cpp" line="92"/>
        <source>A gate metric: the example passes only when every gate metric passes</source>
        <translation>门控指标：只有所有门控指标都通过，样例才算通过</translation>
    </message>
</context>
<context>
    <name>fapo::BlameChart</name>
    <message>
        <location filename="../widgets/analysis/blamechart.cpp" line="41"/>
        <source>Start here</source>
        <translation>始于此处</translation>
    </message>
    <message>
        <location filename="../widgets/analysis/blamechart.cpp" line="42"/>
        <source>Pass through</source>
        <translation>经过此处</translation>
    </message>
</context>
<context>
    <name>fapo::ChecksPane</name>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="23"/>
        <location filename="../widgets/inspector/checkspane.cpp" line="74"/>
        <source>This step has no checks.</source>
        <translation>此步骤没有校验。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="31"/>
        <source>Check</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="31"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="31"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="36"/>
        <source>Expected for this step (step_expected)</source>
        <translation>此步骤的预期值（step_expected）</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="73"/>
        <source>This step has not run for this example.</source>
        <translation>此步骤尚未针对此示例运行。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/checkspane.cpp" line="75"/>
        <source>No check results were recorded.</source>
        <translation>未记录校验结果。</translation>
    </message>
</context>
<context>
    <name>fapo::ClusterModel</name>
    <message numerus="yes">
        <location filename="../models/clustermodel.cpp" line="33"/>
        <source>%n example(s): %1</source>
        <translation>
            <numerusform>%n 个样例：%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="57"/>
        <source>Examples</source>
        <translation>样例</translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="59"/>
        <source>Starts at</source>
        <translation>起点</translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="61"/>
        <source>Failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../models/clustermodel.cpp" line="63"/>
        <source>Fix level</source>
        <translation>修复层面</translation>
    </message>
</context>
<context>
    <name>fapo::CommandStep</name>
    <message>
        <location filename="../core/run/commandstep.cpp" line="15"/>
        <source>timed out after %1 ms</source>
        <translation>%1 毫秒后超时</translation>
    </message>
    <message>
        <location filename="../core/run/commandstep.cpp" line="19"/>
        <source>cannot start %1: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/run/commandstep.cpp" line="27"/>
        <source>%1 exited with code %2%3</source>
        <translation>%1 已退出，退出码 %2%3</translation>
    </message>
    <message>
        <location filename="../core/run/commandstep.cpp" line="57"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>fapo::ComparePanel</name>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="43"/>
        <source>Compare with run</source>
        <translation>与运行比较</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="55"/>
        <source>Fixed (failed before, passed now)</source>
        <translation>已修复（之前失败，现在通过）</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="56"/>
        <source>Regressed (passed before, failed now)</source>
        <translation>已退化（之前通过，现在失败）</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="58"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="58"/>
        <source>Failed before</source>
        <translation>之前失败</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="58"/>
        <source>Failed now</source>
        <translation>现在失败</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="58"/>
        <source>Pass rate change</source>
        <translation>通过率变化</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="63"/>
        <source>Steps</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="69"/>
        <source>Select an example and a step to see how its output changed.</source>
        <translation>选择一个示例和一个步骤，查看其输出如何变化。</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="114"/>
        <source>Run %1 (its base)</source>
        <translation>运行 %1（其基准）</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="120"/>
        <source>Run %1 · %2 · %3 examples</source>
        <translation>运行 %1 · %2 · %3 个示例</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="148"/>
        <source>Only one run so far: run the dataset again after a change to compare.</source>
        <translation>目前只有一次运行：修改后再次运行数据集即可比较。</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="155"/>
        <source>Score %1 → %2 (%3) · %4 fixed · %5 regressed · %6 unchanged</source>
        <translation>得分 %1 → %2（%3）· %4 个已修复 · %5 个已退化 · %6 个未变</translation>
    </message>
    <message>
        <location filename="../widgets/comparepanel.cpp" line="191"/>
        <source>%1 at %2: run %3 → run %4</source>
        <translation>%1 在 %2：运行 %3 → 运行 %4</translation>
    </message>
</context>
<context>
    <name>fapo::DecisionCommand</name>
    <message>
        <location filename="../widgets/review/decisioncommand.cpp" line="11"/>
        <source>Approve Proposal %1</source>
        <translation>批准提案 %1</translation>
    </message>
    <message>
        <location filename="../widgets/review/decisioncommand.cpp" line="12"/>
        <source>Reject Proposal %1</source>
        <translation>拒绝提案 %1</translation>
    </message>
</context>
<context>
    <name>fapo::DialogPrompter</name>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="12"/>
        <source>Run programs?</source>
        <translation>运行程序？</translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="13"/>
        <source>This pipeline runs programs on this computer:

%1

Run them only if you trust this pipeline file.</source>
        <translation>此流水线会在这台计算机上运行程序：

%1

仅在您信任此流水线文件时才运行它们。</translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="24"/>
        <source>Spend model calls on the analysis?</source>
        <translation>为分析花费模型调用？</translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="25"/>
        <source>The rules settled %1 of %2 failed examples for free.

For the other %3, replaying steps with repaired outputs and asking the critic model may make up to %4 model calls (about %5).</source>
        <translation>规则已免费确定 %2 个失败样例中的 %1 个。

对于其余 %3 个，用修复后的输出重放步骤并询问评审模型最多可能产生 %4 次模型调用（约 %5）。</translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="34"/>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="35"/>
        <source>Rules Only</source>
        <translation>仅用规则</translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="42"/>
        <source>Propose rewrites?</source>
        <translation>提出改写？</translation>
    </message>
    <message>
        <location filename="../widgets/dialogprompter.cpp" line="43"/>
        <source>One round asks the optimizer model for %1 rewrites, checks them, and evaluates those that pass on what they affect: up to %2 model calls (about %3 tokens, %4), capped at %5 calls.</source>
        <translation>一轮会请优化模型给出 %1 个改写，检查它们，并在其影响范围内评估通过检查的改写：最多 %2 次模型调用（约 %3 个词元，%4），上限 %5 次调用。</translation>
    </message>
</context>
<context>
    <name>fapo::EvidencePane</name>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="79"/>
        <source>Kind of failure</source>
        <translation>失败类型</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="80"/>
        <source>Found by</source>
        <translation>判定方式</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="81"/>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="82"/>
        <source>Smallest fix</source>
        <translation>最小修复</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="85"/>
        <source>Path of the failure, from where it starts to the output</source>
        <translation>失败路径：从起点到输出</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="90"/>
        <source>Why here</source>
        <translation>为何在此</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="97"/>
        <source>The critic&apos;s explanation (model text)</source>
        <translation>评审模型的解释（模型文本）</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="147"/>
        <source>%1 passed: there is no failure to explain.</source>
        <translation>%1 已通过：没有需要解释的失败。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="152"/>
        <source>The failure of %1 starts here, at “%2”.</source>
        <translation>%1 的失败从这里开始，即“%2”。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="155"/>
        <source>The failure of %1 starts at “%2” and passes through “%3” on its way to the output.</source>
        <translation>%1 的失败始于“%2”，在传到输出的途中经过“%3”。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="157"/>
        <source>The failure of %1 starts at “%2”; “%3” is not on its path to the output.</source>
        <translation>%1 的失败始于“%2”；“%3”不在其通往输出的路径上。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="174"/>
        <source>The step on show</source>
        <translation>当前显示的步骤</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="174"/>
        <source>Inspect “%1” for this example</source>
        <translation>查看此样例的“%1”</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="186"/>
        <source>No analysis of this run yet: the failure is put at the first step that failed its checks or did not run, else at the output. Analyze the run to find where it starts and why.</source>
        <translation>此运行尚未分析：失败被归于第一个检查未通过或未运行的步骤，否则归于输出。分析此运行以找出失败从哪里开始以及原因。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="209"/>
        <source>What the analysis saw at “%1”</source>
        <translation>分析在“%1”看到的情况</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/evidencepane.cpp" line="212"/>
        <source>Anything wrong here follows from the failure that starts at “%1”.</source>
        <translation>此处的任何问题都源于始于“%1”的失败。</translation>
    </message>
</context>
<context>
    <name>fapo::ExamplesModel</name>
    <message>
        <location filename="../models/examplesmodel.cpp" line="61"/>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="91"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="93"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="95"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="97"/>
        <source>Origin step</source>
        <translation>根源步骤</translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="99"/>
        <source>Tokens</source>
        <translation>Token 数</translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="101"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="103"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../models/examplesmodel.cpp" line="105"/>
        <source>Input</source>
        <translation>输入</translation>
    </message>
</context>
<context>
    <name>fapo::ExamplesPanel</name>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="22"/>
        <source>Failed only</source>
        <translation>仅失败</translation>
    </message>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="27"/>
        <source>Filter by id or input text</source>
        <translation>按 ID 或输入文本筛选</translation>
    </message>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="29"/>
        <location filename="../widgets/examplespanel.cpp" line="94"/>
        <source>Any origin</source>
        <translation>所有根源</translation>
    </message>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="30"/>
        <source>Show only failures that start at this step</source>
        <translation>仅显示根源在此步骤的失败</translation>
    </message>
    <message>
        <location filename="../widgets/examplespanel.cpp" line="143"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>fapo::FailureLegend</name>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="60"/>
        <source>failures that start here</source>
        <translation>从这里开始的失败</translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="61"/>
        <source>failures that pass through</source>
        <translation>经过这里的失败</translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="62"/>
        <source>own checks failed or errors</source>
        <translation>自身检查失败或出错</translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="63"/>
        <source>bar and %: share of the run&apos;s failures</source>
        <translation>色条和百分比：占本次运行失败的比例</translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="72"/>
        <source>the failure starts here</source>
        <translation>失败从这里开始</translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="73"/>
        <source>carried it on</source>
        <translation>传递了失败</translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="74"/>
        <source>wrong final answer</source>
        <translation>最终答案错误</translation>
    </message>
    <message>
        <location filename="../widgets/failurelegend.cpp" line="84"/>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>fapo::FailureMatrixModel</name>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="59"/>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2：%3</translation>
    </message>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="63"/>
        <source>%1, found by %2</source>
        <translation>%1，由%2发现</translation>
    </message>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="65"/>
        <source>No analysis yet: taken to be the first step that failed (or the output)</source>
        <translation>尚未分析：视为第一个失败的步骤（或输出步骤）</translation>
    </message>
    <message>
        <location filename="../models/failurematrixmodel.cpp" line="67"/>
        <source>The final answer is wrong</source>
        <translation>最终答案错误</translation>
    </message>
</context>
<context>
    <name>fapo::FailureMatrixView</name>
    <message>
        <location filename="../widgets/failurematrixview.cpp" line="91"/>
        <source>Click a step to list the failures that start there first</source>
        <translation>点击某个步骤，将从该步骤开始的失败排在最前</translation>
    </message>
</context>
<context>
    <name>fapo::GraphScene</name>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="258"/>
        <source>%1
Dataset input</source>
        <translation>%1
数据集输入</translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="265"/>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="265"/>
        <source>Kind: %1, model %2</source>
        <translation>类型：%1，模型 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/graph/graphscene.cpp" line="270"/>
        <source>%n failure(s) start here (%1% of the run&apos;s failures)</source>
        <translation>
            <numerusform>%n 个失败从这里开始（占本次运行失败的 %1%）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/graph/graphscene.cpp" line="272"/>
        <source>%n failure(s) that started earlier pass through</source>
        <translation>
            <numerusform>%n 个更早开始的失败经过这里</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="273"/>
        <source>Its own checks: %1 passed, %2 failed or errored</source>
        <translation>自身检查：%1 个通过，%2 个失败或出错</translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="277"/>
        <source>The selected example&apos;s failure starts here</source>
        <translation>所选示例的失败根源在此</translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="280"/>
        <source>The selected example&apos;s failure passes through here</source>
        <translation>所选示例的失败传播经过此处</translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="283"/>
        <source>The selected example passed</source>
        <translation>所选示例已通过</translation>
    </message>
    <message>
        <location filename="../widgets/graph/graphscene.cpp" line="289"/>
        <source>Output step of the pipeline</source>
        <translation>流水线的输出步骤</translation>
    </message>
</context>
<context>
    <name>fapo::GraphView</name>
    <message>
        <location filename="../widgets/graph/graphview.cpp" line="47"/>
        <source>Pipeline graph</source>
        <translation>流水线图</translation>
    </message>
</context>
<context>
    <name>fapo::JsonTreeModel</name>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="77"/>
        <source>(value)</source>
        <translation>（值）</translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="168"/>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="170"/>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="172"/>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="174"/>
        <source>boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="177"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="179"/>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/jsontreemodel.cpp" line="187"/>
        <source>%n key(s)</source>
        <translation>
            <numerusform>%n 个键</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../models/jsontreemodel.cpp" line="188"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="253"/>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="255"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../models/jsontreemodel.cpp" line="257"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>fapo::Judge</name>
    <message>
        <location filename="../core/eval/judge.cpp" line="39"/>
        <source>the judge&apos;s reply is not a grade: %1</source>
        <translation>评判模型的回复不是有效评分：%1</translation>
    </message>
</context>
<context>
    <name>fapo::KeyStore</name>
    <message>
        <location filename="../widgets/keystore.cpp" line="12"/>
        <source>No system keychain is available here (%1). Set the key in the environment instead.</source>
        <translation>此处没有可用的系统密钥环（%1）。请改为在环境变量中设置密钥。</translation>
    </message>
</context>
<context>
    <name>fapo::ListenDialog</name>
    <message>
        <location filename="../widgets/listendialog.cpp" line="30"/>
        <source>Listen for Traces</source>
        <translation>监听追踪</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="35"/>
        <source>Apps instrumented with OpenTelemetry send their traces here over OTLP/HTTP (protobuf or JSON). Point their exporter at the address below; each trace appears in the graph as it arrives.</source>
        <translation>使用 OpenTelemetry 插桩的应用通过 OTLP/HTTP（protobuf 或 JSON）将追踪发送到这里。将其导出器指向下面的地址；每条追踪到达后即显示在图中。</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="42"/>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="45"/>
        <source>required unless the address is this machine&apos;s</source>
        <translation>除非地址是本机，否则必填</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="47"/>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="48"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="49"/>
        <source>&amp;Token:</source>
        <translation>令牌(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="55"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="57"/>
        <source>Store Traces In</source>
        <translation>追踪保存到</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="57"/>
        <source>Workspaces (*.fapo)</source>
        <translation>工作区 (*.fapo)</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="66"/>
        <source>&amp;Workspace:</source>
        <translation>工作区(&amp;W)：</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="78"/>
        <source>&amp;Listen</source>
        <translation>监听(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="102"/>
        <source>&quot;%1&quot; is not an IP address (127.0.0.1 is this machine only; 0.0.0.0 is every network).</source>
        <translation>“%1”不是 IP 地址（127.0.0.1 仅限本机；0.0.0.0 为所有网络）。</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="104"/>
        <source>Other machines may send to %1: set a token, which each request must carry as &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>其他机器可以发送到 %1：请设置令牌，每个请求都必须携带“Authorization: Bearer TOKEN”。</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="107"/>
        <source>The workspace must be a .fapo file.</source>
        <translation>工作区必须是 .fapo 文件。</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="118"/>
        <source>PORT</source>
        <translation>端口</translation>
    </message>
    <message>
        <location filename="../widgets/listendialog.cpp" line="119"/>
        <source>Exporters send to %1 (as OTEL_EXPORTER_OTLP_ENDPOINT, give it without /v1/traces).</source>
        <translation>导出器发送到 %1（作为 OTEL_EXPORTER_OTLP_ENDPOINT 时不带 /v1/traces）。</translation>
    </message>
</context>
<context>
    <name>fapo::LiveIndicator</name>
    <message>
        <location filename="../widgets/liveindicator.cpp" line="18"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../widgets/liveindicator.cpp" line="19"/>
        <source>Stop listening for traces (what has arrived is kept)</source>
        <translation>停止监听追踪（已到达的内容会保留）</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/liveindicator.cpp" line="65"/>
        <source>Listening on %1 · %2 spans/s · %n span(s)</source>
        <translation>
            <numerusform>正在监听 %1 · %2 个 span/秒 · 共 %n 个 span</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fapo::MainWindow</name>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="30"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="31"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="39"/>
        <source>&amp;Import Traces…</source>
        <translation>导入追踪(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="57"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="62"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="60"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="38"/>
        <source>Open &amp;Team Workspace…</source>
        <translation>打开团队工作区(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="49"/>
        <source>&amp;Export Accepted Prompts…</source>
        <translation>导出已接受的提示词(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="51"/>
        <source>Export Accepted Prompts</source>
        <translation>导出已接受的提示词</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="56"/>
        <source>Write the prompts with every approved or accepted rewrite, a diff and a report to a folder</source>
        <translation>将包含所有已批准或已接受改写的提示词、差异和报告写入一个文件夹</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="64"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="65"/>
        <source>Run &amp;Dataset…</source>
        <translation>运行数据集(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="71"/>
        <source>&amp;Analyze Failures</source>
        <translation>分析失败(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="73"/>
        <source>Find the step where each failure of the run on show starts</source>
        <translation>找出当前运行中每个失败开始的步骤</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="74"/>
        <source>&amp;Propose Rewrites</source>
        <translation>提出改写(&amp;P)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="76"/>
        <source>Ask the optimizer model for rewrites of the step where most failures start</source>
        <translation>请优化模型改写大多数失败开始的步骤</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="78"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="79"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="81"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="86"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="87"/>
        <source>&amp;Fit Graph</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="89"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="90"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="94"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="95"/>
        <source>&amp;About FAPO Studio</source>
        <translation>关于 FAPO Studio(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="97"/>
        <source>About FAPO Studio</source>
        <translation>关于 FAPO Studio</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="99"/>
        <source>FAPO Studio %1
Finds where pipeline failures start, and lets you decide every prompt change.</source>
        <translation>FAPO Studio %1
找出流水线失败的根源，并由您决定每一处提示词修改。</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="104"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="126"/>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="134"/>
        <source>Failure Matrix</source>
        <translation>失败矩阵</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="136"/>
        <source>Compare Runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="145"/>
        <source>Step Inspector</source>
        <translation>步骤检查器</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="146"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/mainwindow.cpp" line="211"/>
        <source>Stopped listening: %n span(s) received and stored.</source>
        <translation>
            <numerusform>已停止监听：已接收并保存 %n 个 span。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="282"/>
        <source>Open Team Workspace</source>
        <translation>打开团队工作区</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="283"/>
        <source>A PostgreSQL database shared by the team, as postgresql://USER@HOST:PORT/DATABASE.
The password comes from PGPASSWORD or ~/.pgpass; it is never stored by FAPO Studio.</source>
        <translation>团队共享的 PostgreSQL 数据库，格式为 postgresql://USER@HOST:PORT/DATABASE。
密码来自 PGPASSWORD 或 ~/.pgpass；FAPO Studio 从不保存密码。</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="290"/>
        <source>&quot;%1&quot; is not a postgresql:// URL</source>
        <translation>“%1”不是 postgresql:// URL</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="368"/>
        <source>Stop &amp;Listening for Traces</source>
        <translation>停止监听追踪(&amp;L)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="368"/>
        <location filename="../widgets/mainwindowlayout.cpp" line="47"/>
        <source>&amp;Listen for Traces…</source>
        <translation>监听追踪(&amp;L)…</translation>
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
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="441"/>
        <source>No run yet: %1</source>
        <translation>尚无运行：%1</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindow.cpp" line="442"/>
        <source>Open a pipeline or workspace: %1, or drop one here</source>
        <translation>打开流水线或工作区：%1，或拖放到此处</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="140"/>
        <source>Where Failures Start</source>
        <translation>失败起点</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="141"/>
        <source>Rounds</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="142"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="41"/>
        <source>Import Traces</source>
        <translation>导入追踪</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="42"/>
        <source>Trace files (*.json *.jsonl);;All files (*)</source>
        <translation>追踪文件 (*.json *.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="32"/>
        <source>Open Pipeline or Workspace</source>
        <translation>打开流水线或工作区</translation>
    </message>
    <message>
        <location filename="../widgets/mainwindowlayout.cpp" line="33"/>
        <source>Pipelines and workspaces (*.json *.fapo);;All files (*)</source>
        <translation>流水线和工作区 (*.json *.fapo);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>fapo::MiniMap</name>
    <message>
        <location filename="../widgets/graph/minimap.cpp" line="26"/>
        <source>Overview: click or drag to move the view</source>
        <translation>概览：单击或拖动以移动视图</translation>
    </message>
    <message>
        <location filename="../widgets/graph/minimap.cpp" line="27"/>
        <source>Graph overview</source>
        <translation>图概览</translation>
    </message>
</context>
<context>
    <name>fapo::ModelProxy</name>
    <message>
        <location filename="../core/app/modelproxy.cpp" line="105"/>
        <source>the model proxy cannot listen on 127.0.0.1: %1</source>
        <translation>模型代理无法在 127.0.0.1 上监听：%1</translation>
    </message>
    <message>
        <location filename="../core/app/modelproxy.cpp" line="318"/>
        <source>the model endpoint could not be reached: %1</source>
        <translation>无法连接模型端点：%1</translation>
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
        <translation>检索</translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="116"/>
        <source>Transform</source>
        <translation>转换</translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="118"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="150"/>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="181"/>
        <location filename="../widgets/graph/nodeitem.cpp" line="366"/>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="414"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="414"/>
        <source>changed</source>
        <translation>已更改</translation>
    </message>
    <message>
        <location filename="../widgets/graph/nodeitem.cpp" line="419"/>
        <source>origin</source>
        <translation>根源</translation>
    </message>
</context>
<context>
    <name>fapo::Optimizer</name>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="64"/>
        <source>--step %1: the pipeline has no model step with that id</source>
        <translation>--step %1：流水线中没有该 ID 的模型步骤</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="71"/>
        <source>the optimizer model stopped: %1</source>
        <translation>优化模型已停止：%1</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="81"/>
        <source>the optimizer model cannot be used: %1</source>
        <translation>无法使用优化模型：%1</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="89"/>
        <source>%1: optimizing needs at least 3 examples (train, validation and test)</source>
        <translation>%1：优化至少需要 3 个样例（训练、验证和测试）</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizerbudget.cpp" line="54"/>
        <source>stopped before %1: it may take %2 calls and %3 of --budget-calls %4 are left</source>
        <translation>在%1之前停止：可能需要 %2 次调用，而 --budget-calls %4 只剩 %3 次</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizerbudget.cpp" line="62"/>
        <source>stopped before %1: $%2 of --budget-usd %3 spent</source>
        <translation>在%1之前停止：--budget-usd %3 中已花费 $%2</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="115"/>
        <location filename="../core/optimize/optimizer.cpp" line="607"/>
        <source>proposal %1 is not in the workspace</source>
        <translation>提案 %1 不在工作区中</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="121"/>
        <source>proposal %1 has no round to be evaluated in</source>
        <translation>提案 %1 没有可用于评估的轮次</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="211"/>
        <source>round %1: running the baseline</source>
        <translation>第 %1 轮：正在运行基准</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="212"/>
        <source>the baseline run</source>
        <translation>基准运行</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="227"/>
        <source>round %1: analysing run %2</source>
        <translation>第 %1 轮：正在分析运行 %2</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="277"/>
        <source>round %1: no failure starts at a model step that may be rewritten</source>
        <translation>第 %1 轮：没有失败始于可改写的模型步骤</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="311"/>
        <source>the analysis says %1 of %2 failures that start at &quot;%3&quot; need a %4 change, which rewording cannot make</source>
        <translation>分析表明，始于“%3”的 %2 个失败中有 %1 个需要“%4”层面的修改，改写措辞无法做到</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="320"/>
        <source>a round of %1 proposals at &quot;%2&quot; found nothing to accept</source>
        <translation>在“%2”上的一轮“%1”层面提议没有找到可接受的修改</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="324"/>
        <source>round %1: &quot;%2&quot; is a step of the app&apos;s own program; its structure is the program&apos;s to change</source>
        <translation>第 %1 轮：“%2”是应用自身程序的步骤；其结构应由程序修改</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="335"/>
        <source>round %1: nothing more to propose for &quot;%2&quot; at the levels allowed (--levels %3)%4</source>
        <translation>第 %1 轮：在允许的层面（--levels %3）上已没有可为“%2”提议的内容%4</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/optimize/optimizer.cpp" line="379"/>
        <source>round %1: trying %n setting(s) near &quot;%2&quot;</source>
        <translation>
            <numerusform>第 %1 轮：尝试“%2”附近的 %n 个设置</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="381"/>
        <source>round %1: no setting near &quot;%2&quot; is left to try</source>
        <translation>第 %1 轮：“%2”附近已没有可尝试的设置</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="396"/>
        <source>a proposal could not be stored in %1</source>
        <translation>无法将提议保存到 %1</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="455"/>
        <source>asking for rewrites</source>
        <translation>请求改写</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/optimize/optimizer.cpp" line="457"/>
        <source>round %1: asking for %n rewrite(s) of &quot;%2&quot;</source>
        <translation>
            <numerusform>第 %1 轮：请求对“%2”进行 %n 个改写</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="473"/>
        <location filename="../core/optimize/optimizerstructure.cpp" line="41"/>
        <source>the reply breaks the schema: %1</source>
        <translation>回复不符合模式：%1</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="474"/>
        <location filename="../core/optimize/optimizerstructure.cpp" line="42"/>
        <source>the optimizer model failed: %1</source>
        <translation>优化模型失败：%1</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="523"/>
        <source>the rewrite does not apply: %1</source>
        <translation>无法应用改写：%1</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="547"/>
        <source>evaluating proposal %1</source>
        <translation>评估提案 %1</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="549"/>
        <source>round %1: proposal %2 on a minibatch of %3</source>
        <translation>第 %1 轮：在 %3 个样例的小批量上评估提案 %2</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="567"/>
        <source>no gain on the minibatch (%1 -&gt; %2)</source>
        <translation>小批量上没有提升（%1 -&gt; %2）</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="575"/>
        <source>validating proposal %1</source>
        <translation>验证提案 %1</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="578"/>
        <source>round %1: proposal %2 on the validation set (%3 examples)</source>
        <translation>第 %1 轮：在验证集（%3 个样例）上评估提案 %2</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="663"/>
        <source>proposal %1 could not be updated in %2</source>
        <translation>无法在 %2 中更新提案 %1</translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="35"/>
        <source>gain %1 on validation is below --min-gain %2</source>
        <translation>验证集上的提升 %1 低于 --min-gain %2</translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="40"/>
        <source>gain %1 is not significant (sign test p = %2)</source>
        <translation>提升 %1 不显著（符号检验 p = %2）</translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="45"/>
        <source>gain %1 is not significant once corrected for the %2 candidates compared (sign test p = %3; Holm threshold %4)</source>
        <translation>按比较的 %2 个候选校正后，提升 %1 不显著（符号检验 p = %3；Holm 阈值 %4）</translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="55"/>
        <source>gain %1 costs %2x per example, over --max-cost-increase %3</source>
        <translation>收益 %1 使每个样例成本变为 %2 倍，超过 --max-cost-increase %3</translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="85"/>
        <source>proposal %1 gains as much for less cost (%2x)</source>
        <translation>提议 %1 以更低成本获得同样收益（%2 倍）</translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="88"/>
        <source>proposal %1 gained more</source>
        <translation>提案 %1 提升更多</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="671"/>
        <source>the held-out check of proposal %1</source>
        <translation>提案 %1 的留出集检查</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="677"/>
        <source>proposal %1 cannot be applied for the held-out check: %2</source>
        <translation>提案 %1 无法应用于留出集检查：%2</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="678"/>
        <source>round %1: proposal %2 on the held-out set</source>
        <translation>第 %1 轮：在留出集上评估提案 %2</translation>
    </message>
    <message>
        <location filename="../core/optimize/acceptancepolicy.cpp" line="98"/>
        <source>loses %1 on the held-out set, beyond noise (%2)</source>
        <translation>在留出集上下降 %1，超出噪声（%2）</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="699"/>
        <source>validation %1 -&gt; %2; held-out %3 -&gt; %4</source>
        <translation>验证 %1 -&gt; %2；留出 %3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="705"/>
        <source>; cost per example %1x</source>
        <translation>；每个样例成本 %1 倍</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="716"/>
        <source>the accepted version&apos;s baseline run</source>
        <translation>已接受版本的基准运行</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizer.cpp" line="718"/>
        <source>round %1: running the accepted version</source>
        <translation>第 %1 轮：正在运行已接受的版本</translation>
    </message>
    <message>
        <location filename="../core/optimize/optimizerstructure.cpp" line="24"/>
        <source>asking for structural changes</source>
        <translation>请求结构性修改</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/optimize/optimizerstructure.cpp" line="27"/>
        <source>round %1: asking for %n structural change(s) around &quot;%2&quot;</source>
        <translation>
            <numerusform>第 %1 轮：请求围绕“%2”的 %n 个结构性修改</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fapo::OtlpReceiver</name>
    <message>
        <location filename="../core/live/otlpreceiver.cpp" line="102"/>
        <source>cannot listen on %1:%2: %3</source>
        <translation>无法在 %1:%2 上监听：%3</translation>
    </message>
</context>
<context>
    <name>fapo::ParameterSearch</name>
    <message>
        <location filename="../core/optimize/parametersearch.cpp" line="83"/>
        <source>%1 of %2 failing outputs of &quot;%3&quot; stop at max_tokens (%4): a larger limit lets them finish.</source>
        <translation>“%3”的 %2 个失败输出中有 %1 个停在 max_tokens（%4）：更大的上限能让它们写完。</translation>
    </message>
    <message>
        <location filename="../core/optimize/parametersearch.cpp" line="100"/>
        <source>%1 of %2 failures that start at &quot;%3&quot; are retrieval misses: &quot;%4&quot; may cut the passage with the answer. top_k %5 -&gt; %6 passes more passages on (longer prompts after it).</source>
        <translation>始于“%3”的 %2 个失败中有 %1 个是检索未命中：“%4”可能截掉了含答案的段落。top_k %5 -&gt; %6 会传递更多段落（之后的提示更长）。</translation>
    </message>
    <message>
        <location filename="../core/optimize/parametersearch.cpp" line="109"/>
        <source>&quot;%1&quot; feeds &quot;%2&quot;, where failures start: top_k %3 -&gt; %4 passes more passages on (longer prompts after it).</source>
        <translation>“%1”为失败起点“%2”提供输入：top_k %3 -&gt; %4 会传递更多段落（之后的提示更长）。</translation>
    </message>
    <message>
        <location filename="../core/optimize/parametersearch.cpp" line="125"/>
        <source>&quot;%1&quot; must return JSON and %2 failures are in its form: parse json tolerates code fences and prose around it.</source>
        <translation>“%1”必须返回 JSON，且有 %2 个失败出在格式上：parse json 可容忍其周围的代码块标记和文字。</translation>
    </message>
    <message>
        <location filename="../core/optimize/parametersearch.cpp" line="140"/>
        <source>%1 failures at &quot;%2&quot; are in its own output: model &quot;%3&quot; (%4) instead of &quot;%5&quot;.</source>
        <translation>“%2”的 %1 个失败出在其自身输出上：改用模型“%3”（%4）替代“%5”。</translation>
    </message>
</context>
<context>
    <name>fapo::ParsedPane</name>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="33"/>
        <location filename="../widgets/inspector/parsedpane.cpp" line="71"/>
        <location filename="../widgets/inspector/parsedpane.cpp" line="75"/>
        <source>Expand All</source>
        <translation>全部展开</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="37"/>
        <location filename="../widgets/inspector/parsedpane.cpp" line="80"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="38"/>
        <source>Copy the parsed value as indented JSON</source>
        <translation>将解析值复制为带缩进的 JSON</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="40"/>
        <source>Parsed value</source>
        <translation>解析值</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="71"/>
        <source>Collapse All</source>
        <translation>全部折叠</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/parsedpane.cpp" line="79"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inspector/parsedpane.cpp" line="99"/>
        <source>array, %n item(s)</source>
        <translation>
            <numerusform>数组，%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inspector/parsedpane.cpp" line="101"/>
        <source>object, %n key(s)</source>
        <translation>
            <numerusform>对象，%n 个键</numerusform>
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
        <translation>金标</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="55"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="55"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="55"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="58"/>
        <source>Listed in the example&apos;s step_expected ids_include</source>
        <translation>列在示例的 step_expected ids_include 中</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="74"/>
        <source>Select a passage to read its text.</source>
        <translation>选择一个段落以阅读其文本。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="92"/>
        <source>No passages.</source>
        <translation>没有段落。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="132"/>
        <source>gold</source>
        <translation>金标</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="133"/>
        <source>A gold passage for this example</source>
        <translation>此示例的金标段落</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/inspector/passagesview.cpp" line="149"/>
        <source>%n passage(s) retrieved</source>
        <translation>
            <numerusform>检索到 %n 个段落</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="151"/>
        <source>gold: %1 of %2 retrieved</source>
        <translation>金标：已检索到 %1 / %2</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="153"/>
        <source>no gold passages for this example</source>
        <translation>此示例没有金标段落</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="156"/>
        <source>Missing gold (not retrieved): %1</source>
        <translation>缺失的金标段落（未检索到）：%1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/passagesview.cpp" line="216"/>
        <source>Passage text</source>
        <translation>段落文本</translation>
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
        <translation>替换自 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/plaintextview.cpp" line="150"/>
        <source>Copy All</source>
        <translation>全部复制</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/plaintextview.cpp" line="152"/>
        <source>Wrap Lines</source>
        <translation>自动换行</translation>
    </message>
</context>
<context>
    <name>fapo::ProposalEdit</name>
    <message>
        <location filename="../core/optimize/proposaledit.cpp" line="19"/>
        <source>Proposal %1 cannot be edited: its run is not in the workspace.</source>
        <translation>无法编辑提案 %1：其运行不在工作区中。</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposaledit.cpp" line="35"/>
        <source>Proposal %1: the edited change is not a structural edit: %2</source>
        <translation>提议 %1：编辑后的修改不是结构性修改：%2</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposaledit.cpp" line="61"/>
        <source>Edited by %1 from proposal %2. %3</source>
        <translation>由 %1 基于提案 %2 编辑。%3</translation>
    </message>
    <message>
        <location filename="../core/optimize/proposaledit.cpp" line="69"/>
        <source>Proposal %1: the edited copy could not be stored in %2.</source>
        <translation>提案 %1：无法将编辑后的副本保存到 %2。</translation>
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
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../models/proposalsmodel.cpp" line="96"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../models/proposalsmodel.cpp" line="98"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../models/proposalsmodel.cpp" line="100"/>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../models/proposalsmodel.cpp" line="102"/>
        <source>After</source>
        <translation>之后</translation>
    </message>
</context>
<context>
    <name>fapo::ReviewPanel</name>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="70"/>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="71"/>
        <source>&amp;Reject</source>
        <translation>拒绝(&amp;R)</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="72"/>
        <source>&amp;Edit and Re-evaluate…</source>
        <translation>编辑并重新评估(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="73"/>
        <location filename="../widgets/review/reviewpanel.cpp" line="74"/>
        <source>Propose Rewrites</source>
        <translation>提出改写</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="75"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="82"/>
        <source>Show the proposals whose evaluation reached this stage</source>
        <translation>显示评估到达此阶段的提案</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="104"/>
        <source>Note for the record (optional)</source>
        <translation>备注（可选）</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="105"/>
        <source>Apply this rewrite: it makes the next pipeline version (Alt+A; undo with Ctrl+Z)</source>
        <translation>应用此改写：生成下一个流水线版本（Alt+A；Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="106"/>
        <source>Reject this rewrite: it never reaches the export (Alt+R; undo with Ctrl+Z)</source>
        <translation>拒绝此改写：它永远不会进入导出（Alt+R；Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="107"/>
        <source>Edit the new prompt, then evaluate the edit on the validation set (Alt+E)</source>
        <translation>编辑新提示词，然后在验证集上评估修改（Alt+E）</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="108"/>
        <source>Ask the optimizer model for rewrites of the step where most failures start</source>
        <translation>请优化模型改写大多数失败开始的步骤</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="116"/>
        <source>Failed before, pass with the rewrite: double-click to open in both runs</source>
        <translation>之前失败、改写后通过：双击在两次运行中打开</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="117"/>
        <source>Passed before, fail with the rewrite: double-click to open in both runs</source>
        <translation>之前通过、改写后失败：双击在两次运行中打开</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="122"/>
        <source>No proposals to review</source>
        <translation>没有待审核的提案</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="123"/>
        <source>Rewrites proposed by the optimizer wait here for your decision. Nothing changes a prompt without one.</source>
        <translation>优化器提出的改写在此等待您的决定。没有决定，任何提示词都不会改变。</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="137"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="147"/>
        <location filename="../widgets/review/reviewpanel.cpp" line="322"/>
        <source>Current prompt</source>
        <translation>当前提示词</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="153"/>
        <location filename="../widgets/review/reviewpanel.cpp" line="323"/>
        <source>Proposed prompt</source>
        <translation>提议的提示词</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="160"/>
        <source>Fixed</source>
        <translation>已修复</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="163"/>
        <source>Regressed</source>
        <translation>已退化</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="166"/>
        <source>Review checks</source>
        <translation>审核检查</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="187"/>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="251"/>
        <source>All stages (%1)</source>
        <translation>所有阶段（%1）</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="254"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="294"/>
        <source>Approve proposal %1 without evidence?</source>
        <translation>在没有证据的情况下批准提案 %1？</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="295"/>
        <source>%1

Nothing shows that this rewrite helps: it never ran on the validation set. Approve it anyway? It becomes the next pipeline version (Ctrl+Z undoes it).</source>
        <translation>%1

没有任何证据表明此改写有帮助：它从未在验证集上运行。仍要批准吗？它将成为下一个流水线版本（Ctrl+Z 可撤销）。</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="322"/>
        <source>Current setting</source>
        <translation>当前设置</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="322"/>
        <source>Steps it changes</source>
        <translation>它修改的步骤</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="323"/>
        <source>Proposed setting</source>
        <translation>提议的设置</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="323"/>
        <source>New and changed steps</source>
        <translation>新增和修改的步骤</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="326"/>
        <source>Proposal %1 for &quot;%2&quot; · structure: %3 · %4</source>
        <translation>提议 %1，针对“%2” · 结构：%3 · %4</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="328"/>
        <source>Proposal %1 for &quot;%2&quot; · setting %3 · %4</source>
        <translation>提议 %1，针对“%2” · 设置 %3 · %4</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="330"/>
        <source>Proposal %1 for &quot;%2&quot; · %3</source>
        <translation>针对“%2”的提案 %1 · %3</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="362"/>
        <source>cost per example $%1 → $%2 (%3×)</source>
        <translation>每个样例成本 $%1 → $%2（%3×）</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="367"/>
        <source>output length %1 → %2 characters, distinct final outputs %3 → %4</source>
        <translation>输出长度 %1 → %2 个字符，不同的最终输出 %3 → %4</translation>
    </message>
    <message>
        <location filename="../widgets/review/reviewpanel.cpp" line="395"/>
        <source>%1 by %2, %3%4</source>
        <translation>%1，由 %2，%3%4</translation>
    </message>
</context>
<context>
    <name>fapo::RoundsChart</name>
    <message>
        <location filename="../widgets/review/roundschart.cpp" line="41"/>
        <source>Cost (USD)</source>
        <translation>费用（美元）</translation>
    </message>
    <message>
        <location filename="../widgets/review/roundschart.cpp" line="45"/>
        <source>Validation score</source>
        <translation>验证得分</translation>
    </message>
    <message>
        <location filename="../widgets/review/roundschart.cpp" line="49"/>
        <source>Test score</source>
        <translation>测试得分</translation>
    </message>
    <message>
        <location filename="../widgets/review/roundschart.cpp" line="56"/>
        <source>Round %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <location filename="../widgets/review/roundschart.cpp" line="79"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
</context>
<context>
    <name>fapo::RunDialog</name>
    <message>
        <location filename="../widgets/rundialog.cpp" line="19"/>
        <source>Send the model calls as &amp;batches</source>
        <translation>以批处理方式发送模型调用(&amp;B)</translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="22"/>
        <location filename="../widgets/rundialog.cpp" line="29"/>
        <source>Run Dataset</source>
        <translation>运行数据集</translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="25"/>
        <source>A dataset file (JSON Lines)</source>
        <translation>数据集文件（JSON Lines）</translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="26"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="29"/>
        <source>Datasets (*.jsonl);;All files (*)</source>
        <translation>数据集 (*.jsonl);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="38"/>
        <source>Each step level of the whole dataset goes to the provider as one batch (Anthropic Message Batches, OpenAI Batch API): half the price, answered within 24 hours. You can close the window meanwhile; running the dataset again collects the batches already sent instead of paying twice. Models without a batch API are called as usual.</source>
        <translation>整个数据集的每一步骤层级作为一个批处理发送给提供方（Anthropic Message Batches、OpenAI Batch API）：半价，24 小时内返回结果。期间可以关闭窗口；再次运行该数据集会取回已发送的批处理，而不会重复付费。没有批处理 API 的模型照常调用。</translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="49"/>
        <source>&amp;Dataset:</source>
        <translation>数据集(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../widgets/rundialog.cpp" line="58"/>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
</context>
<context>
    <name>fapo::Runner</name>
    <message>
        <location filename="../core/run/runplan.cpp" line="31"/>
        <source>model &quot;%1&quot; is not defined in &quot;models&quot;</source>
        <translation>模型“%1”未在“models”中定义</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="36"/>
        <source>model &quot;%1&quot;: %2</source>
        <translation>模型“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="65"/>
        <source>step &quot;%1&quot;: the corpus cannot be loaded:
%2</source>
        <translation>步骤“%1”：无法加载语料库：
%2</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="70"/>
        <source>step &quot;%1&quot;: %2</source>
        <translation>步骤“%1”：%2</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="89"/>
        <source>the trust decision could not be stored in %1</source>
        <translation>无法将信任决定保存到 %1</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="76"/>
        <source>%1 has command steps, which run programs on this machine; run once with --trust if you trust this pipeline file</source>
        <translation>%1 包含 command 步骤，它们会在本机上运行程序；如果您信任此流水线文件，请使用 --trust 运行一次</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="126"/>
        <source>run %1 is not in the workspace</source>
        <translation>运行 %1 不在工作区中</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="130"/>
        <source>run %1 was made with another pipeline version or dataset; it cannot be resumed with these</source>
        <translation>运行 %1 是用其他流水线版本或数据集创建的，无法用当前的流水线和数据集继续</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="136"/>
        <source>run %1 cannot be resumed: the workspace %2 refuses writes</source>
        <translation>无法继续运行 %1：工作区 %2 拒绝写入</translation>
    </message>
    <message>
        <location filename="../core/run/runplan.cpp" line="157"/>
        <source>cannot create a run in the workspace %1</source>
        <translation>无法在工作区 %1 中创建运行</translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="144"/>
        <source>not run: upstream step &quot;%1&quot; failed</source>
        <translation>未运行：上游步骤“%1”失败</translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="412"/>
        <source>example &quot;%1&quot;: its records could not be stored in %2; the run stops here (run it again to resume)</source>
        <translation>示例“%1”：其记录无法保存到 %2；运行在此停止（再次运行即可继续）</translation>
    </message>
    <message>
        <location filename="../core/run/runner.cpp" line="457"/>
        <source>run %1: its end could not be stored in %2</source>
        <translation>运行 %1：无法将其结束状态保存到 %2</translation>
    </message>
    <message>
        <location filename="../core/run/runapp.cpp" line="21"/>
        <source>prompt &quot;%1&quot;: %2 does not exist</source>
        <translation>提示词“%1”：%2 不存在</translation>
    </message>
    <message>
        <location filename="../core/run/runapp.cpp" line="26"/>
        <source>%1 runs the program %2 on this machine; run once with --trust if you trust this pipeline file</source>
        <translation>%1 会在本机运行程序 %2；如果信任此流水线文件，请使用 --trust 运行一次</translation>
    </message>
    <message>
        <location filename="../core/run/runapp.cpp" line="46"/>
        <source>cannot write the prompt set for the program: %1</source>
        <translation>无法为程序写入提示词集：%1</translation>
    </message>
    <message>
        <location filename="../core/run/runapp.cpp" line="72"/>
        <source>cannot listen for the program&apos;s spans: %1</source>
        <translation>无法接收该程序的 span：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/run/runapp.cpp" line="143"/>
        <source>%n model call(s) matched no prompt of the pipeline and became steps named by their model: %1</source>
        <translation>
            <numerusform>%n 次模型调用未匹配流水线中的任何提示词，已成为以其模型命名的步骤：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fapo::SettingsDialog</name>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="23"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="27"/>
        <source>Model endpoints</source>
        <translation>模型端点</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="33"/>
        <source>Anthropic base URL</source>
        <translation>Anthropic 基础 URL</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="34"/>
        <source>OpenAI-compatible base URL</source>
        <translation>OpenAI 兼容基础 URL</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="35"/>
        <source>A base_url in the pipeline file wins, then the environment, then these.</source>
        <translation>流水线文件中的 base_url 优先，其次是环境变量，最后是这里的设置。</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="41"/>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="50"/>
        <source>Paste a key to store it</source>
        <translation>粘贴密钥以保存</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="52"/>
        <source>Store</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="53"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="69"/>
        <source>Storing…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="88"/>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="90"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="91"/>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="92"/>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="95"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="96"/>
        <source> pt</source>
        <translation> 磅</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="98"/>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="99"/>
        <source>Font size</source>
        <translation>字号</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="148"/>
        <source>Set in the environment; it is used first.</source>
        <translation>已在环境变量中设置，将优先使用。</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="150"/>
        <source>Stored in the system keychain.</source>
        <translation>已保存在系统密钥环中。</translation>
    </message>
    <message>
        <location filename="../widgets/settingsdialog.cpp" line="152"/>
        <source>Not set: calls to this provider will fail with an authentication error.</source>
        <translation>未设置：对此提供方的调用将因身份验证错误而失败。</translation>
    </message>
</context>
<context>
    <name>fapo::StatusLine</name>
    <message>
        <location filename="../widgets/statusline.cpp" line="16"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="36"/>
        <source>Finishing calls in flight…</source>
        <translation>正在完成进行中的调用…</translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="51"/>
        <source>Run %1 (%2)</source>
        <translation>运行 %1（%2）</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statusline.cpp" line="52"/>
        <source>%n example(s)</source>
        <translation>
            <numerusform>%n 个示例</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="53"/>
        <source>%1 passed</source>
        <translation>%1 通过</translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="54"/>
        <source>%1 failed</source>
        <translation>%1 失败</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statusline.cpp" line="55"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="56"/>
        <source>score %1</source>
        <translation>得分 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statusline.cpp" line="57"/>
        <source>%n model call(s)</source>
        <translation>
            <numerusform>%n 次模型调用</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="58"/>
        <source>%1 tokens billed</source>
        <translation>计费 %1 个令牌</translation>
    </message>
    <message>
        <location filename="../widgets/statusline.cpp" line="23"/>
        <location filename="../widgets/statusline.cpp" line="68"/>
        <source>%v / %m examples</source>
        <translation>%v / %m 个示例</translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/statusline.cpp" line="103"/>
        <source>%n batch(es) at the provider: %1 of %2 requests done</source>
        <translation>
            <numerusform>提供方处有 %n 个批处理：%2 个请求中已完成 %1 个</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fapo::StepBlameModel</name>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="67"/>
        <source>Failed examples whose failure started at or travelled through this step</source>
        <translation>失败始于或经过此步骤的失败样例</translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="69"/>
        <source>Failed examples whose failure starts at this step</source>
        <translation>失败始于此步骤的失败样例</translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="71"/>
        <source>Share of all failures that start at this step</source>
        <translation>始于此步骤的失败占全部失败的比例</translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="73"/>
        <source>The run&apos;s score if the failures that start here were fixed</source>
        <translation>如果修复始于此处的失败，本次运行的得分</translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="81"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="83"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="85"/>
        <source>Start here</source>
        <translation>始于此处</translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="87"/>
        <source>Blame</source>
        <translation>责任占比</translation>
    </message>
    <message>
        <location filename="../models/stepblamemodel.cpp" line="89"/>
        <source>Ceiling</source>
        <translation>上限</translation>
    </message>
</context>
<context>
    <name>fapo::StepHeader</name>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="56"/>
        <source>cached</source>
        <translation>已缓存</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="58"/>
        <source>Answered from the response cache: no model call was paid for</source>
        <translation>由响应缓存应答：未产生付费的模型调用</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="74"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="75"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="76"/>
        <source>Tokens in / out</source>
        <translation>Token 输入 / 输出</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="77"/>
        <source>Cache read / write</source>
        <translation>缓存读 / 写</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="78"/>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="79"/>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="80"/>
        <source>Request ID</source>
        <translation>请求 ID</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="120"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="122"/>
        <source>Check failed</source>
        <translation>校验未通过</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="124"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="128"/>
        <source>Not run</source>
        <translation>未运行</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="145"/>
        <source>No record for this example: an upstream step failed, or the run stopped.</source>
        <translation>此示例没有记录：上游步骤失败，或运行已停止。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="157"/>
        <source>Failure starts here: %1</source>
        <translation>失败从这里开始：%1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="158"/>
        <source>Found by %1. The Evidence tab says what decided it.</source>
        <translation>由%1判定。“证据”标签页说明了判定依据。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="160"/>
        <source>Failure starts here</source>
        <translation>失败从这里开始</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="161"/>
        <source>No analysis yet: the first step that failed (or the output). Analyze the run to find where the failure starts.</source>
        <translation>尚未分析：第一个失败的步骤（或输出）。分析此运行以找出失败从哪里开始。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="166"/>
        <source>Carried from %1</source>
        <translation>传递自 %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="172"/>
        <source>Failure starts at %1</source>
        <translation>失败起源于 %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="182"/>
        <source>Go to %1 →</source>
        <translation>转到 %1 →</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="183"/>
        <source>Inspect the step where this example&apos;s failure starts</source>
        <translation>查看此样例失败开始的步骤</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="186"/>
        <source>Own checks passed</source>
        <translation>自身检查通过</translation>
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
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="202"/>
        <source>Started %1</source>
        <translation>开始于 %1</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepheader.cpp" line="205"/>
        <source>Answered from the cache: nothing was paid for this call.</source>
        <translation>由缓存应答：此次调用未产生费用。</translation>
    </message>
</context>
<context>
    <name>fapo::StepInspector</name>
    <message numerus="yes">
        <location filename="../widgets/inspector/stepinspector.cpp" line="57"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="70"/>
        <source>Select an example and a step to inspect it.</source>
        <translation>选择一个示例和一个步骤以查看详情。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="71"/>
        <source>No step selected</source>
        <translation>未选择步骤</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="84"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="360"/>
        <source>Prompt</source>
        <translation>提示词</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="85"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="486"/>
        <source>Template</source>
        <translation>模板</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="86"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="219"/>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="89"/>
        <source>Parsed</source>
        <translation>解析结果</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="90"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="307"/>
        <source>Checks</source>
        <translation>校验</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="94"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="558"/>
        <source>Passages</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="101"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="102"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="316"/>
        <source>Why the analysis puts the example&apos;s failure where it does</source>
        <translation>分析为何将样例的失败定位于此</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="131"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="148"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="147"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="164"/>
        <source>Copy the system prompt as sent</source>
        <translation>复制实际发送的系统提示词</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="165"/>
        <source>Copy the prompt as sent</source>
        <translation>复制实际发送的提示词</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="182"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="183"/>
        <source>Copy the template</source>
        <translation>复制模板</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="184"/>
        <location filename="../widgets/inspector/stepinspector.cpp" line="185"/>
        <source>Reference to &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>引用 &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="206"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="218"/>
        <source>Copy the output text</source>
        <translation>复制输出文本</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="317"/>
        <source>The example passed: there is no failure to explain</source>
        <translation>样例已通过：没有需要解释的失败</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="357"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="370"/>
        <source>Query</source>
        <translation>查询</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="374"/>
        <source>Rendered template</source>
        <translation>渲染后的模板</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="378"/>
        <source>Standard input (JSON)</source>
        <translation>标准输入（JSON）</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="394"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="400"/>
        <source>The program filled in the template of prompt &quot;%1&quot; and sent this text; the Template tab shows the template.</source>
        <translation>程序填写了提示词“%1”的模板并发送了此文本；“模板”标签页显示该模板。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="405"/>
        <source>The program has not called a model with this prompt for this example.</source>
        <translation>对于此示例，程序尚未使用此提示词调用模型。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="408"/>
        <source>This step has not run for this example. Below is a preview rendered from the upstream outputs that exist.</source>
        <translation>此步骤尚未针对此示例运行。下方是根据现有上游输出渲染的预览。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="413"/>
        <source>Recorded as the step received it; the step has no template to compare it with.</source>
        <translation>按该步骤收到的内容记录；该步骤没有可供比较的模板。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="416"/>
        <source>The recorded text differs from the current template rendered with this example&apos;s records (the pipeline changed since this run?). Showing the recorded text; substitutions are not marked where it differs.</source>
        <translation>记录的文本与用此示例的记录渲染当前模板得到的文本不一致（此次运行后流水线是否有改动？）。现显示记录的文本；不一致之处不标记替换内容。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="442"/>
        <source>Substituted:</source>
        <translation>已替换：</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="455"/>
        <source>Output of step %1: click to inspect it</source>
        <translation>步骤 %1 的输出：单击以查看</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="459"/>
        <source>A field of the example&apos;s input</source>
        <translation>示例输入中的字段</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="474"/>
        <source>System template</source>
        <translation>系统模板</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="478"/>
        <source>Prompt template</source>
        <translation>提示词模板</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="482"/>
        <source>Query template (top %1)</source>
        <translation>查询模板（前 %1 条）</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="490"/>
        <source>Command</source>
        <translation>命令</translation>
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
        <translation>该步骤没有产生输出。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="508"/>
        <source>This step has not run for this example.</source>
        <translation>此步骤尚未针对此示例运行。</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="305"/>
        <source>No parsed value: the step&apos;s output is text</source>
        <translation>无解析值：该步骤的输出为纯文本</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="307"/>
        <source>Checks %1/%2</source>
        <translation>校验 %1/%2</translation>
    </message>
    <message>
        <location filename="../widgets/inspector/stepinspector.cpp" line="558"/>
        <source>Passages (%1)</source>
        <translation>段落（%1）</translation>
    </message>
</context>
<context>
    <name>fapo::StructureDiffView</name>
    <message>
        <location filename="../widgets/review/structurediffview.cpp" line="50"/>
        <source>Graph before</source>
        <translation>修改前的图</translation>
    </message>
    <message>
        <location filename="../widgets/review/structurediffview.cpp" line="51"/>
        <source>Graph after</source>
        <translation>修改后的图</translation>
    </message>
</context>
<context>
    <name>fapo::StudioSession</name>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="59"/>
        <source>Open a pipeline file first.</source>
        <translation>请先打开流水线文件。</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="61"/>
        <source>A run is already in progress.</source>
        <translation>已有一次运行正在进行。</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="75"/>
        <source>Not run: this pipeline runs programs on this computer, and they were not trusted.</source>
        <translation>未运行：此流水线会在本机上运行程序，而这些程序未被信任。</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="92"/>
        <source>Run %1: %2</source>
        <translation>运行 %1：%2</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="108"/>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="130"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="137"/>
        <location filename="../core/session/sessionwork.cpp" line="184"/>
        <location filename="../core/session/sessionwork.cpp" line="197"/>
        <source>Open a workspace with a run first.</source>
        <translation>请先打开包含运行的工作区。</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="139"/>
        <source>An analysis is already in progress.</source>
        <translation>已有一次分析正在进行。</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="158"/>
        <source>Analysis %1 stored; the graph now shows where each failure starts.</source>
        <translation>分析 %1 已保存；图中现在显示每个失败的起点。</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="186"/>
        <location filename="../core/session/sessionwork.cpp" line="226"/>
        <source>A round of rewrites is already in progress.</source>
        <translation>已有一轮改写正在进行。</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="217"/>
        <source>Starting a round…</source>
        <translation>正在开始一轮…</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="224"/>
        <location filename="../core/session/studiosession.cpp" line="191"/>
        <location filename="../core/session/studiosession.cpp" line="240"/>
        <source>Open a workspace first.</source>
        <translation>请先打开工作区。</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="239"/>
        <source>Proposal %1 is blocked: %2</source>
        <translation>提案 %1 已被阻止：%2</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="249"/>
        <source>Evaluating proposal %1…</source>
        <translation>正在评估提案 %1…</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="253"/>
        <source>Checking the edited prompt of proposal %1…</source>
        <translation>正在检查提案 %1 的编辑后提示词…</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="260"/>
        <source>No failure starts at a step whose prompt may be rewritten.</source>
        <translation>没有失败始于可改写提示词的步骤。</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="262"/>
        <source>No round started; nothing was spent.</source>
        <translation>未开始新一轮；没有产生任何花费。</translation>
    </message>
    <message>
        <location filename="../core/session/sessionwork.cpp" line="264"/>
        <source>Proposals are waiting in the Review panel.</source>
        <translation>提案正在“审核”面板中等待。</translation>
    </message>
    <message>
        <location filename="../core/session/studiosession.cpp" line="145"/>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <location filename="../core/session/studiosession.cpp" line="196"/>
        <source>Proposal %1 approved: pipeline version %2. Propose Rewrites starts the next round from it.</source>
        <translation>提案 %1 已批准：流水线版本 %2。“提出改写”将从该版本开始下一轮。</translation>
    </message>
    <message>
        <location filename="../core/session/studiosession.cpp" line="200"/>
        <source>Proposal %1 rejected.</source>
        <translation>提案 %1 已拒绝。</translation>
    </message>
    <message>
        <location filename="../core/session/studiosession.cpp" line="202"/>
        <source>Decision on proposal %1 undone.</source>
        <translation>已撤销对提案 %1 的决定。</translation>
    </message>
    <message>
        <location filename="../core/session/studiosession.cpp" line="234"/>
        <source>Run %1 changed in the shared workspace (stored by another person or job).</source>
        <translation>共享工作区中的运行 %1 已更改（由其他人或其他任务保存）。</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/session/studiosession.cpp" line="246"/>
        <source>Exported %n rewrite(s) to %1</source>
        <translation>
            <numerusform>已将 %n 个改写导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/session/sessionlive.cpp" line="25"/>
        <source>Already listening on %1.</source>
        <translation>已在监听 %1。</translation>
    </message>
    <message>
        <location filename="../core/session/sessionlive.cpp" line="28"/>
        <source>Listening on %1 needs a token: without one only this machine may send traces.</source>
        <translation>监听 %1 需要令牌：没有令牌时只有本机可以发送追踪。</translation>
    </message>
    <message>
        <location filename="../core/session/sessionlive.cpp" line="31"/>
        <source>Choose a workspace for the traces first.</source>
        <translation>请先为追踪选择一个工作区。</translation>
    </message>
</context>
<context>
    <name>fapo::cli</name>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="21"/>
        <source>replay</source>
        <comment>analysis stage</comment>
        <translation>重放</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="23"/>
        <source>critic</source>
        <comment>analysis stage</comment>
        <translation>评审</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/analyzecommand.cpp" line="33"/>
        <source>analysis %1 of run %2: %3 of %n example(s) failed (score %4)</source>
        <translation>
            <numerusform>运行 %2 的分析 %1：%n 个样例中有 %3 个失败（得分 %4）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="40"/>
        <location filename="../app/cli/reviewcommands.cpp" line="108"/>
        <source>step</source>
        <comment>column heading</comment>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="41"/>
        <source>failed</source>
        <comment>column heading</comment>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="42"/>
        <source>origin</source>
        <comment>column heading</comment>
        <translation>根源</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="43"/>
        <source>blame</source>
        <comment>column heading</comment>
        <translation>责任</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="44"/>
        <source>ceiling</source>
        <comment>column heading</comment>
        <translation>上限</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="53"/>
        <source>clusters:</source>
        <translation>聚类：</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="56"/>
        <source>  %1  %2 [fix: %3]  %4%5</source>
        <translation>  %1  %2 [修复：%3]  %4%5</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="65"/>
        <source>propagation: %1</source>
        <translation>传播：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/analyzecommand.cpp" line="66"/>
        <source>  %n model call(s), $%1</source>
        <translation>
            <numerusform>  %n 次模型调用，$%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="68"/>
        <location filename="../app/cli/optimizecommand.cpp" line="43"/>
        <source>  note: %1</source>
        <translation>  注：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="97"/>
        <source>Finds the step where each failure of a run starts (rules, counterfactual replay, the critic model) and how it spreads; stores the analysis in the workspace.</source>
        <translation>找出一次运行中每个失败开始的步骤（规则、反事实重放、评审模型）以及它如何传播；将分析保存到工作区。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="101"/>
        <source>Analyse this run (default: the newest).</source>
        <translation>分析此运行（默认：最新的一次）。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="102"/>
        <source>At most N model calls for replay and the critic.</source>
        <translation>重放和评审最多使用 N 次模型调用。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="103"/>
        <source>Do not replay steps with repaired outputs.</source>
        <translation>不用修复后的输出重放步骤。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="104"/>
        <source>Do not ask the critic model (rules and step gold only).</source>
        <translation>不询问评审模型（仅使用规则和步骤标准答案）。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="105"/>
        <location filename="../app/cli/optimizecommand.cpp" line="110"/>
        <location filename="../app/cli/runcommand.cpp" line="147"/>
        <source>Model calls in flight at most (default 4).</source>
        <translation>同时进行的模型调用上限（默认 4）。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="106"/>
        <location filename="../app/cli/optimizecommand.cpp" line="111"/>
        <location filename="../app/cli/runcommand.cpp" line="148"/>
        <source>Do not answer requests from the workspace cache.</source>
        <translation>不从工作区缓存应答请求。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="107"/>
        <source>Allow replays to run this pipeline&apos;s command steps.</source>
        <translation>允许重放运行此流水线的 command 步骤。</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="114"/>
        <location filename="../app/cli/optimizecommand.cpp" line="121"/>
        <location filename="../app/cli/runcommand.cpp" line="30"/>
        <source>usage: %1 [options] (see fapo %2 --help)</source>
        <translation>用法：%1 [选项]（参见 fapo %2 --help）</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/analyzecommand.cpp" line="149"/>
        <source>run %1: %n failed example(s); rules settled %2</source>
        <translation>
            <numerusform>运行 %1：%n 个失败样例；规则已确定其中 %2 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/analyzecommand.cpp" line="153"/>
        <source>replay and the critic may make up to %n model call(s) (about $%1) for the other %2%3</source>
        <translation>
            <numerusform>对其余 %2 个样例，重放和评审最多可能进行 %n 次模型调用（约 $%1）%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="157"/>
        <source>; capped at %1 by --budget-calls</source>
        <translation>；已由 --budget-calls 限制为 %1 次</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="158"/>
        <source>; cap them with --budget-calls N</source>
        <translation>；可用 --budget-calls N 设置上限</translation>
    </message>
    <message>
        <location filename="../app/cli/analyzecommand.cpp" line="171"/>
        <source>interrupted; storing what is settled (Ctrl-C again to quit at once)</source>
        <translation>已中断；正在保存已确定的结果（再按一次 Ctrl-C 立即退出）</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="13"/>
        <location filename="../app/cli/workspacecommand.cpp" line="23"/>
        <source>Print one JSON document on stdout and nothing else there.</source>
        <translation>在 stdout 上只输出一个 JSON 文档，不输出其他内容。</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="14"/>
        <location filename="../app/cli/workspacecommand.cpp" line="24"/>
        <source>Print no progress.</source>
        <translation>不输出进度。</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="17"/>
        <source>Workspace file, or a team&apos;s PostgreSQL database as postgresql://USER@HOST:PORT/DB (default: $FAPO_WORKSPACE, else the pipeline&apos;s name with .fapo).</source>
        <translation>工作区文件，或团队的 PostgreSQL 数据库 postgresql://USER@HOST:PORT/DB（默认：$FAPO_WORKSPACE，否则为流水线文件名加 .fapo）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="21"/>
        <source>trace, debug, info, warn, error or off (default: $FAPO_LOG_LEVEL, else warn).</source>
        <translation>trace、debug、info、warn、error 或 off（默认：$FAPO_LOG_LEVEL，否则为 warn）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="27"/>
        <source>(see fapo %1 --help)</source>
        <translation>（参见 fapo %1 --help）</translation>
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
        <translation>用法：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="104"/>
        <source>--%1: expected a number of at least %2, got &quot;%3&quot;</source>
        <translation>--%1：应为不小于 %2 的数字，实际为“%3”</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="115"/>
        <source>Send the model calls of each step level as one batch through the provider&apos;s batch API (Anthropic Message Batches, OpenAI Batch API): half price, answered within 24 h; a stopped run collects its batches when run again.</source>
        <translation>通过提供方的批处理 API（Anthropic Message Batches、OpenAI Batch API）将每一步骤层级的模型调用作为一个批处理发送：半价，24 小时内返回；已停止的运行再次运行时会取回其批处理。</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="117"/>
        <source>With --batch: ask for the batches&apos; state every S seconds (default 30).</source>
        <translation>配合 --batch：每 S 秒查询一次批处理状态（默认 30）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="134"/>
        <source>The pipeline file (names the default workspace).</source>
        <translation>流水线文件（决定默认工作区）。</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="160"/>
        <source>%1: no workspace here; run the dataset first (fapo run PIPELINE --dataset FILE)</source>
        <translation>%1：此处没有工作区；请先运行数据集（fapo run PIPELINE --dataset FILE）</translation>
    </message>
    <message>
        <location filename="../app/cli/clicommon.cpp" line="170"/>
        <source>note: %1 MB of %2 is free space left by removed runs; &quot;fapo runs --compact&quot; gives it back</source>
        <translation>注意：%2 中有 %1 MB 是已删除的运行留下的空闲空间；“fapo runs --compact”可将其收回</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="14"/>
        <source>Writes the pipeline with every approved or accepted rewrite applied (DIR/pipeline.json), each step&apos;s final prompt (DIR/prompts/), a unified diff (DIR/changes.diff) and a report (DIR/report.md). Your pipeline file is never modified.</source>
        <translation>写出应用了所有已批准或已接受改写的流水线（DIR/pipeline.json）、每个步骤的最终提示词（DIR/prompts/）、统一格式的差异（DIR/changes.diff）和报告（DIR/report.md）。您的流水线文件不会被修改。</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="18"/>
        <source>The folder to write (created when missing).</source>
        <translation>要写入的文件夹（不存在时自动创建）。</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommand.cpp" line="49"/>
        <source>exported to %1: %2</source>
        <translation>已导出到 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommand.cpp" line="51"/>
        <source>  %n rewrite(s) applied, %1 proposal(s) left out</source>
        <translation>
            <numerusform>  已应用 %n 个改写，%1 个提案未纳入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="22"/>
        <source>format %1: %n trace(s), %2 spans, %3 steps, %4 edges, %5 problems</source>
        <translation>
            <numerusform>格式 %1：%n 条追踪，%2 个 span，%3 个步骤，%4 条边，%5 个问题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="33"/>
        <source>  %1 (%2, %n span(s)</source>
        <translation>
            <numerusform>  %1 (%2, %n 个 span</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="35"/>
        <source>, %1 failed</source>
        <translation>, %1 个失败</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="49"/>
        <source>Reads a trace file (OTLP JSON, Langfuse, Phoenix, fapo JSONL or a GenAI/OpenInference attribute map), stores it in a workspace as a run and prints its step graph.</source>
        <translation>读取追踪文件（OTLP JSON、Langfuse、Phoenix、fapo JSONL 或 GenAI/OpenInference 属性映射），将其作为一次运行存入工作区，并输出其步骤图。</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="53"/>
        <source>Keep what earlier imports stopped by a killed process had stored, marked interrupted (by default it is removed).</source>
        <translation>保留此前因进程被终止而中断的导入已保存的内容，并标记为已中断（默认删除）。</translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="55"/>
        <source>The trace file.</source>
        <translation>追踪文件。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="83"/>
        <source>removed %n import(s) a killed process left unfinished</source>
        <translation>
            <numerusform>已删除 %n 个被终止的进程留下的未完成导入</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/importcommand.cpp" line="85"/>
        <source>marked %n import(s) a killed process left unfinished as interrupted</source>
        <translation>
            <numerusform>已将 %n 个被终止的进程留下的未完成导入标记为已中断</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/importcommand.cpp" line="100"/>
        <source>stored as run %1 in %2</source>
        <translation>已作为运行 %1 保存到 %2</translation>
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
        <translation>用法：fapo COMMAND [选项]

命令：
  validate PIPELINE              检查流水线（及其语料库和模型）；输出步骤图
  run PIPELINE --dataset FILE    运行每个样例；保存追踪、得分、词元和费用
  analyze [PIPELINE]             找出最新一次运行中每个失败开始的步骤，以及它如何传播
  optimize PIPELINE --dataset FILE
                                 多轮执行：分析、提出改写、评估、审核
  proposals [PIPELINE]           待审核的提案
  approve ID / reject ID         对提案作出决定（先保存，再报告）
  export --out DIR [PIPELINE]    已接受的提示词、差异文件和报告
  import FILE                    读取追踪（OTLP JSON、Langfuse、Phoenix、fapo JSONL）；输出其步骤图
  runs [PIPELINE]                工作区中的运行：自有运行、重放、评估、导入
  serve [PIPELINE]               通过 OTLP/HTTP（端口 4318）接收追踪并在到达时存储
  workspace copy FROM TO         在文件与 PostgreSQL 数据库（postgresql://...）之间复制工作区

fapo COMMAND --help 显示某个命令的选项。
退出码：0 完成，1 工作失败，2 输入或用法有误，3 未达到 --fail-under</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="75"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>未知命令“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/main.cpp" line="99"/>
        <source>error: the workspace failed during the command, so its results are incomplete: %1</source>
        <translation>错误：命令执行期间工作区出错，因此结果不完整：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="26"/>
        <source>round %1: target &quot;%2&quot;; validation %3, test %4</source>
        <translation>第 %1 轮：目标“%2”；验证 %3，测试 %4</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="31"/>
        <source>  proposal %1: %2, validation %3 -&gt; %4%5</source>
        <translation>  提案 %1：%2，验证 %3 -&gt; %4%5</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/optimizecommand.cpp" line="39"/>
        <source>final score %1; %n model call(s), $%2</source>
        <translation>
            <numerusform>最终得分 %1；%n 次模型调用，$%2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="56"/>
        <source>proposal %1 for &quot;%2&quot;: validation %3 -&gt; %4</source>
        <translation>针对“%2”的提案 %1：验证 %3 -&gt; %4</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="59"/>
        <source>not evaluated</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="60"/>
        <source>rationale: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="68"/>
        <source>approve, reject or skip? [a/r/S] </source>
        <translation>批准 (a)、拒绝 (r) 还是跳过 (S)？[a/r/S] </translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="87"/>
        <source>Rounds of: analyse the run, ask the optimizer model for rewrites of the step where failures start, check them, evaluate them on what they affect, and apply the acceptance policy.</source>
        <translation>多轮执行：分析运行，请优化模型改写失败开始的步骤，检查改写，在其影响范围内评估，并应用接受策略。</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="91"/>
        <location filename="../app/cli/runcommand.cpp" line="145"/>
        <source>Dataset file (JSONL).</source>
        <translation>数据集文件（JSONL）。</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="92"/>
        <source>Rewrite this step instead of the one with the most blame.</source>
        <translation>改写此步骤，而不是责任占比最高的步骤。</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="93"/>
        <source>At most N rounds (default 1).</source>
        <translation>最多 N 轮（默认 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="95"/>
        <source>Rewrites proposed per round (default 2); a round of settings tries at most max(N, 4) values.</source>
        <translation>每轮提议的改写数（默认 2）；一轮设置提议最多尝试 max(N, 4) 个值。</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="96"/>
        <source>Stop before more than N model calls.</source>
        <translation>在超过 N 次模型调用之前停止。</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="97"/>
        <source>Stop once X dollars are spent.</source>
        <translation>花费达到 X 美元时停止。</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="98"/>
        <source>Fraction of examples held out as the test split (default 0.2).</source>
        <translation>留作测试集的样例比例（默认 0.2）。</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="99"/>
        <source>Seed of the splits (default 1).</source>
        <translation>数据划分的随机种子（默认 1）。</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="100"/>
        <source>ask (default), auto or none.</source>
        <translation>ask（默认）、auto 或 none。</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="101"/>
        <source>With --approve auto: the least validation gain accepted (default 0.05).</source>
        <translation>配合 --approve auto：可接受的最小验证提升（默认 0.05）。</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="104"/>
        <source>Kinds of change rounds may propose, smallest first: prompt, parameter, structure (default all).</source>
        <translation>各轮可提议的修改类型，从小到大：prompt、parameter、structure（默认全部）。</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="107"/>
        <source>With --approve auto: accept no change that raises the cost per example by more than this fraction (0.5: +50%).</source>
        <translation>配合 --approve auto：不接受使每个样例成本增加超过此比例的修改（0.5：+50%）。</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="109"/>
        <source>Use only the first N examples.</source>
        <translation>仅使用前 N 个样例。</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="112"/>
        <location filename="../app/cli/runcommand.cpp" line="151"/>
        <source>Allow this pipeline&apos;s command steps to run programs (remembered).</source>
        <translation>允许此流水线的 command 步骤运行程序（会被记住）。</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="115"/>
        <source>The pipeline file (JSON); it is never modified.</source>
        <translation>流水线文件（JSON）；它不会被修改。</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="139"/>
        <source>--holdout %1: leave at least a fifth of the examples for train and validation</source>
        <translation>--holdout %1：请至少留出五分之一的样例用于训练和验证</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="156"/>
        <source>--levels: &quot;%1&quot; is not prompt, parameter or structure</source>
        <translation>--levels：“%1”不是 prompt、parameter 或 structure</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="163"/>
        <source>--levels needs at least one of prompt, parameter, structure</source>
        <translation>--levels 至少需要 prompt、parameter、structure 之一</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="171"/>
        <source>--approve must be ask, auto or none, not &quot;%1&quot;</source>
        <translation>--approve 必须是 ask、auto 或 none，而不是“%1”</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="204"/>
        <source>continuing from pipeline version %1, which approved rewrites made from %2</source>
        <translation>从流水线版本 %1 继续，该版本由已批准的改写基于 %2 生成</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/optimizecommand.cpp" line="214"/>
        <source>each round may take up to %n model call(s) (about %1 tokens, $%2)%3</source>
        <translation>
            <numerusform>每轮最多可能需要 %n 次模型调用（约 %1 个词元，$%2）%3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="217"/>
        <source>; the budget caps it</source>
        <translation>；受预算限制</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="218"/>
        <source>; cap with --budget-calls or --budget-usd</source>
        <translation>；可用 --budget-calls 或 --budget-usd 设置上限</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="230"/>
        <source>interrupted; keeping what is done (Ctrl-C again to quit at once)</source>
        <translation>已中断；保留已完成的部分（再按一次 Ctrl-C 立即退出）</translation>
    </message>
    <message>
        <location filename="../app/cli/optimizecommand.cpp" line="249"/>
        <source>the budget was spent before any result</source>
        <translation>在得到任何结果之前预算已用完</translation>
    </message>
    <message>
        <location filename="../app/cli/progressreporter.cpp" line="27"/>
        <source>%1/%2 examples  %3 calls in flight  %4 s</source>
        <translation>%1/%2 个样例  %3 个调用进行中  %4 秒</translation>
    </message>
    <message>
        <location filename="../app/cli/progressreporter.cpp" line="43"/>
        <source>%1/%2 examples (%3%), %4 s</source>
        <translation>%1/%2 个样例（%3%），%4 秒</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="63"/>
        <source>Lists the proposed changes (prompt rewrites and settings) and what became of them.</source>
        <translation>列出提议的修改（提示改写和设置）及其结果。</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="66"/>
        <source>Only proposals with this status (pending, approved, accepted, rejected, blocked).</source>
        <translation>仅列出此状态的提案（pending、approved、accepted、rejected、blocked）。</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="77"/>
        <source>--status: &quot;%1&quot; is not one of pending, approved, accepted, rejected, blocked</source>
        <translation>--status：“%1”不是 pending、approved、accepted、rejected、blocked 之一</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="103"/>
        <source>no proposals yet; fapo optimize PIPELINE --dataset FILE makes some</source>
        <translation>还没有提案；运行 fapo optimize PIPELINE --dataset FILE 即可生成</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="110"/>
        <source>before</source>
        <comment>column heading</comment>
        <translation>之前</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="111"/>
        <source>after</source>
        <comment>column heading</comment>
        <translation>之后</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="112"/>
        <source>why</source>
        <comment>column heading</comment>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="124"/>
        <source>Approves a proposal: its rewrite makes the next pipeline version.</source>
        <translation>批准提案：其改写将生成下一个流水线版本。</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="125"/>
        <source>Rejects a proposal: it never reaches the export.</source>
        <translation>拒绝提案：它永远不会进入导出。</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="128"/>
        <source>Why, for the record.</source>
        <translation>原因，记录在案。</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="129"/>
        <source>Who decides (default: $FAPO_USER or the login name).</source>
        <translation>决定者（默认：$FAPO_USER 或登录名）。</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="130"/>
        <source>The proposal (fapo proposals lists them).</source>
        <translation>提案（fapo proposals 会列出所有提案）。</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="141"/>
        <source>&quot;%1&quot; is not a proposal id (a number)</source>
        <translation>“%1”不是提案 ID（应为数字）</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="160"/>
        <source>proposal %1 is no longer in the workspace</source>
        <translation>提案 %1 已不在工作区中</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="166"/>
        <source>proposal %1 (%2) approved by %3%4</source>
        <translation>提案 %1（%2）已由 %3 批准%4</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="167"/>
        <source>proposal %1 (%2) rejected by %3%4</source>
        <translation>提案 %1（%2）已由 %3 拒绝%4</translation>
    </message>
    <message>
        <location filename="../app/cli/reviewcommands.cpp" line="169"/>
        <source>; pipeline version %1</source>
        <translation>；流水线版本 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/runcommand.cpp" line="118"/>
        <source>run %1 %2: %n example(s), %3 passed, %4 failed, %5 errors; score %6</source>
        <translation>
            <numerusform>运行 %1 %2：%n 个样例，%3 个通过，%4 个失败，%5 个出错；得分 %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/runcommand.cpp" line="125"/>
        <source>  %n model call(s), %1 cache hits, %2 tokens in, %3 out, $%4, %5 s</source>
        <translation>
            <numerusform>  %n 次模型调用，%1 次缓存命中，输入 %2 个词元，输出 %3 个，$%4，%5 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/runcommand.cpp" line="131"/>
        <source>  resumed: %n example(s) kept from the interrupted attempt</source>
        <translation>
            <numerusform>  已续跑：保留了中断尝试中的 %n 个样例</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="134"/>
        <source>  workspace: %1</source>
        <translation>  工作区：%1</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="142"/>
        <source>Runs every example of a dataset through a pipeline.</source>
        <translation>让数据集中的每个样例都经过流水线运行。</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="146"/>
        <source>Run only the first N examples.</source>
        <translation>仅运行前 N 个样例。</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="149"/>
        <source>Continue this interrupted run.</source>
        <translation>继续这个中断的运行。</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="150"/>
        <source>Start a new run even if an interrupted one exists.</source>
        <translation>即使存在中断的运行，也开始新的运行。</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="152"/>
        <source>Exit with 3 when the score is below X.</source>
        <translation>得分低于 X 时以 3 退出。</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="153"/>
        <source>Write a JUnit XML report (one test case per example).</source>
        <translation>写出 JUnit XML 报告（每个样例一个测试用例）。</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="156"/>
        <location filename="../app/cli/validatecommand.cpp" line="72"/>
        <source>The pipeline file (JSON).</source>
        <translation>流水线文件（JSON）。</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="200"/>
        <source>interrupted; finishing what is stored (Ctrl-C again to quit at once)</source>
        <translation>已中断；正在完成已保存的部分（再按一次 Ctrl-C 立即退出）</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="219"/>
        <source>run %1 interrupted; run the same command again (or --resume %1) to continue</source>
        <translation>运行 %1 已中断；再次执行同一命令（或使用 --resume %1）即可继续</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="223"/>
        <source>every example failed with an error; is the model provider reachable?</source>
        <translation>每个样例都因错误而失败；模型服务商是否可以访问？</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="227"/>
        <source>score %1 is below --fail-under %2</source>
        <translation>得分 %1 低于 --fail-under %2</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="35"/>
        <source>model &quot;%1&quot;: %2</source>
        <translation>模型“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="57"/>
        <source>%1: app pipeline running %2; %n prompt(s)</source>
        <translation>
            <numerusform>%1：应用流水线，运行 %2；%n 个提示词</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="60"/>
        <source>, not optimized</source>
        <translation>，不优化</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="69"/>
        <source>Checks a pipeline file, its corpora and models, and prints its step graph.</source>
        <translation>检查流水线文件及其语料库和模型，并输出其步骤图。</translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="71"/>
        <source>Also check this dataset against the pipeline.</source>
        <translation>同时根据流水线检查此数据集。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/validatecommand.cpp" line="112"/>
        <source>%1: %n step(s), %2 inputs, %3 edges; output: %4</source>
        <translation>
            <numerusform>%1：%n 个步骤，%2 个输入，%3 条边；输出：%4</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/validatecommand.cpp" line="124"/>
        <source>, model %1</source>
        <translation>, 模型 %1</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="26"/>
        <source>Lists the runs of a workspace: fapo&apos;s own runs, replays and evaluations, and imported or received traces.</source>
        <translation>列出工作区中的运行：fapo 自己的运行、重放和评估，以及导入或接收的追踪。</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="29"/>
        <source>First give back the space removed runs left free in the file (VACUUM).</source>
        <translation>先收回已删除的运行在文件中留下的空闲空间（VACUUM）。</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="51"/>
        <source>compacted %1: %2 MB to %3 MB</source>
        <translation>已压缩 %1：%2 MB 变为 %3 MB</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="88"/>
        <source>no runs yet; fapo run, fapo import or fapo serve makes some</source>
        <translation>还没有运行；fapo run、fapo import 或 fapo serve 会创建运行</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="93"/>
        <source>kind</source>
        <comment>column heading</comment>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="95"/>
        <source>created</source>
        <comment>column heading</comment>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="96"/>
        <source>examples</source>
        <comment>column heading</comment>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="97"/>
        <source>spans</source>
        <comment>column heading</comment>
        <translation>跨度</translation>
    </message>
    <message>
        <location filename="../app/cli/runscommand.cpp" line="98"/>
        <source>score</source>
        <comment>column heading</comment>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="19"/>
        <source>Receives traces over OTLP/HTTP (POST /v1/traces, protobuf or JSON) and stores them in a workspace as they arrive, grouped into steps as fapo import groups a file. Runs until Ctrl-C.</source>
        <translation>通过 OTLP/HTTP（POST /v1/traces，protobuf 或 JSON）接收追踪，到达时存入工作区，并像 fapo import 处理文件那样分组为步骤。运行直到 Ctrl-C。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="23"/>
        <source>Listen on this port (default 4318; 0: any free port).</source>
        <translation>监听此端口（默认 4318；0：任意空闲端口）。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="24"/>
        <source>Listen on this address (default 127.0.0.1; another needs --token).</source>
        <translation>监听此地址（默认 127.0.0.1；其他地址需要 --token）。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="26"/>
        <source>Serve only requests with &quot;Authorization: Bearer TOKEN&quot;.</source>
        <translation>只处理带有“Authorization: Bearer TOKEN”的请求。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="27"/>
        <source>Refuse bodies larger than this after decompression (default 64).</source>
        <translation>拒绝解压后大于此值的请求体（默认 64）。</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="48"/>
        <source>--port: %1 is not a port (0 to 65535)</source>
        <translation>--port：%1 不是端口（0 到 65535）</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="57"/>
        <source>--bind: &quot;%1&quot; is not an IP address</source>
        <translation>--bind：“%1”不是 IP 地址</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="62"/>
        <source>--bind %1 lets other machines send traces; give --token as well</source>
        <translation>--bind %1 允许其他机器发送追踪；请同时提供 --token</translation>
    </message>
    <message>
        <location filename="../app/cli/servecommand.cpp" line="82"/>
        <source>listening on %1</source>
        <translation>正在监听 %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/servecommand.cpp" line="86"/>
        <source>run %1: %n span(s) so far</source>
        <translation>
            <numerusform>运行 %1：目前 %n 个跨度</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/servecommand.cpp" line="106"/>
        <source>%n request(s) answered; %1 spans in %2 traces, %3 steps; run %4 in %5</source>
        <translation>
            <numerusform>已响应 %n 个请求；%2 条追踪中共 %1 个跨度，%3 个步骤；运行 %4，位于 %5</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="20"/>
        <source>Copies a workspace into a new one: a file onto a team&apos;s PostgreSQL database (postgresql://USER@HOST:PORT/DB; the password from PGPASSWORD or ~/.pgpass), or back.</source>
        <translation>把工作区复制到一个新的工作区：从文件复制到团队的 PostgreSQL 数据库（postgresql://USER@HOST:PORT/DB；密码来自 PGPASSWORD 或 ~/.pgpass），或反向复制。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="25"/>
        <source>The action (copy).</source>
        <translation>操作（copy）。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="26"/>
        <source>The workspace to copy (a .fapo file or a postgresql:// URL).</source>
        <translation>要复制的工作区（.fapo 文件或 postgresql:// URL）。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="28"/>
        <source>The new workspace (a file that does not exist yet, or an empty database).</source>
        <translation>新的工作区（尚不存在的文件，或空数据库）。</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="41"/>
        <source>%1: no workspace here</source>
        <translation>%1：此处没有工作区</translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="45"/>
        <source>%1: the file exists already; copy into a new file</source>
        <translation>%1：文件已存在；请复制到新文件</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/workspacecommand.cpp" line="60"/>
        <source>%1: %n row(s)</source>
        <translation>
            <numerusform>%1：%n 行</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/workspacecommand.cpp" line="73"/>
        <source>copied %1 to %2</source>
        <translation>已将 %1 复制到 %2</translation>
    </message>
</context>
<context>
    <name>fapo::diagnostics</name>
    <message>
        <location filename="../core/formats/dataset.cpp" line="25"/>
        <location filename="../core/formats/pipelineloader.cpp" line="538"/>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="52"/>
        <source>each line must be one JSON object</source>
        <translation>每一行都必须是一个 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="72"/>
        <source>&quot;id&quot; must be a string or an integer</source>
        <translation>&quot;id&quot; 必须是字符串或整数</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="112"/>
        <source>duplicate example id &quot;%1&quot; (first on line %2)</source>
        <translation>示例 ID &quot;%1&quot; 重复（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="121"/>
        <source>example &quot;%1&quot; needs &quot;input&quot;: an object of fields</source>
        <translation>示例 &quot;%1&quot; 需要 &quot;input&quot;：一个由字段组成的对象</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="130"/>
        <source>&quot;step_expected&quot; must be an object keyed by step id</source>
        <translation>&quot;step_expected&quot; 必须是以步骤 ID 为键的对象</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="141"/>
        <source>the dataset has no examples</source>
        <translation>数据集中没有示例</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="166"/>
        <source>a document needs an &quot;id&quot;</source>
        <translation>文档需要 &quot;id&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="170"/>
        <source>duplicate document id &quot;%1&quot; (first on line %2)</source>
        <translation>文档 ID &quot;%1&quot; 重复（首次出现在第 %2 行）</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="176"/>
        <source>document &quot;%1&quot; needs &quot;text&quot;: a string</source>
        <translation>文档 &quot;%1&quot; 需要 &quot;text&quot;：一个字符串</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="180"/>
        <source>&quot;title&quot; must be a string</source>
        <translation>&quot;title&quot; 必须是字符串</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="191"/>
        <source>the corpus has no documents: retrieval from it finds nothing</source>
        <translation>语料库中没有文档：从中检索不会找到任何内容</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="205"/>
        <source>example &quot;%1&quot; has no input field &quot;%2&quot;, which the pipeline reads as {{input.%2}}</source>
        <translation>示例 &quot;%1&quot; 缺少输入字段 &quot;%2&quot;，而流水线会以 {{input.%2}} 读取它</translation>
    </message>
    <message>
        <location filename="../core/formats/dataset.cpp" line="212"/>
        <source>example &quot;%1&quot;: step_expected names step &quot;%2&quot;, which the pipeline does not have</source>
        <translation>示例 &quot;%1&quot;：step_expected 指定了步骤 &quot;%2&quot;，但流水线中没有该步骤</translation>
    </message>
    <message>
        <location filename="../core/formats/diagnostic.cpp" line="95"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location filename="../core/formats/diagnostic.cpp" line="96"/>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../core/formats/jsondocument.cpp" line="185"/>
        <source>invalid JSON: nested deeper than %1 levels</source>
        <translation>无效的 JSON：嵌套超过 %1 层</translation>
    </message>
    <message>
        <location filename="../core/formats/jsondocument.cpp" line="189"/>
        <source>invalid JSON: a NUL byte (is this a text file?)</source>
        <translation>无效的 JSON：含有 NUL 字节（这是文本文件吗？）</translation>
    </message>
    <message>
        <location filename="../core/formats/jsondocument.cpp" line="201"/>
        <source>invalid JSON: %1</source>
        <translation>无效的 JSON：%1</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="16"/>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="19"/>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="21"/>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="23"/>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="25"/>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="27"/>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="29"/>
        <source>a value</source>
        <translation>值</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="39"/>
        <source>%1 needs the field &quot;%2&quot;</source>
        <translation>%1 需要字段 &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="45"/>
        <source>%1: &quot;%2&quot; must be a string, not %3</source>
        <translation>%1：&quot;%2&quot; 必须是字符串，而不是%3</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="59"/>
        <source>%1: &quot;%2&quot; must be an integer, not %3</source>
        <translation>%1：&quot;%2&quot; 必须是整数，而不是%3</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="66"/>
        <location filename="../core/formats/jsonfieldreader.cpp" line="88"/>
        <source>%1: &quot;%2&quot; must be at least %3, not %4</source>
        <translation>%1：&quot;%2&quot; 至少应为 %3，而不是 %4</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="81"/>
        <source>%1: &quot;%2&quot; must be a number, not %3</source>
        <translation>%1：&quot;%2&quot; 必须是数字，而不是%3</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="90"/>
        <source>%1: &quot;%2&quot; must be between %3 and %4, not %5</source>
        <translation>%1：“%2”必须介于 %3 和 %4 之间，而不是 %5</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="104"/>
        <source>%1: &quot;%2&quot; must be true or false, not %3</source>
        <translation>%1：&quot;%2&quot; 必须是 true 或 false，而不是%3</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="120"/>
        <source>%1: &quot;%2&quot; must be a list of strings, not %3</source>
        <translation>%1：&quot;%2&quot; 必须是字符串列表，而不是%3</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="129"/>
        <source>%1: &quot;%2&quot;[%3] must be a string, not %4</source>
        <translation>%1：&quot;%2&quot;[%3] 必须是字符串，而不是%4</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="142"/>
        <source>%1 %2 not found (looked for %3)</source>
        <translation>未找到%1 %2（查找位置：%3）</translation>
    </message>
    <message>
        <location filename="../core/formats/jsonfieldreader.cpp" line="154"/>
        <source>%1: unknown field %2 is ignored</source>
        <translation>%1：未知字段 %2 已被忽略</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="52"/>
        <source>a pipeline file must hold one JSON object, not %1</source>
        <translation>流水线文件必须包含一个 JSON 对象，而不是%1</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="56"/>
        <source>the pipeline</source>
        <translation>流水线</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="59"/>
        <source>unsupported format %1 (expected &quot;fapo.pipeline/1&quot;)</source>
        <translation>不支持的格式 %1（应为 &quot;fapo.pipeline/1&quot;）</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="72"/>
        <source>&quot;prompts&quot; belongs to an app pipeline: add &quot;app&quot; with the program&apos;s command, or write the prompts into &quot;steps&quot;</source>
        <translation>&quot;prompts&quot; 属于应用流水线：请添加包含程序命令的 &quot;app&quot;，或将提示词写入 &quot;steps&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="83"/>
        <source>&quot;output&quot; names step %1, which is not defined</source>
        <translation>&quot;output&quot; 指定的步骤 %1 未定义</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="114"/>
        <source>&quot;models&quot; must be an object of named models, not %1</source>
        <translation>&quot;models&quot; 必须是由具名模型组成的对象，而不是%1</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="134"/>
        <source>model %1</source>
        <translation>模型 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="136"/>
        <location filename="../core/formats/pipelineloader.cpp" line="330"/>
        <location filename="../core/formats/pipelineloader.cpp" line="377"/>
        <source>%1 must be an object, not %2</source>
        <translation>%1 必须是对象，而不是%2</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="146"/>
        <source>%1: unknown provider %2 (expected anthropic, openai or scripted)</source>
        <translation>%1：未知的提供方 %2（应为 anthropic、openai 或 scripted）</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="152"/>
        <source>%1: rules file</source>
        <translation>%1：规则文件</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="157"/>
        <source>%1: &quot;model&quot; must not be empty</source>
        <translation>%1：&quot;model&quot; 不能为空</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="163"/>
        <source>%1: &quot;base_url&quot; must be an http(s) URL</source>
        <translation>%1：&quot;base_url&quot; 必须是 http(s) URL</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="174"/>
        <source>%1: API keys never go in a pipeline file; set ANTHROPIC_API_KEY or OPENAI_API_KEY in the environment</source>
        <translation>%1：API 密钥绝不能写在流水线文件中；请在环境变量中设置 ANTHROPIC_API_KEY 或 OPENAI_API_KEY</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="194"/>
        <source>the pipeline needs a &quot;steps&quot; list</source>
        <translation>流水线需要 &quot;steps&quot; 列表</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="198"/>
        <source>&quot;steps&quot; must be a non-empty list of steps</source>
        <translation>&quot;steps&quot; 必须是非空的步骤列表</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="209"/>
        <source>step id %1 must match [a-z][a-z0-9_]* (lower case letter first)</source>
        <translation>步骤 ID %1 必须匹配 [a-z][a-z0-9_]*（以小写字母开头）</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="216"/>
        <source>&quot;input&quot; is reserved for dataset inputs; rename the step</source>
        <translation>&quot;input&quot; 保留给数据集输入使用；请重命名该步骤</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="222"/>
        <source>duplicate step id %1 (first defined at line %2)</source>
        <translation>步骤 ID %1 重复（首次定义于第 %2 行）</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="228"/>
        <source>step %1 uses model %2, which &quot;models&quot; does not define</source>
        <translation>步骤 %1 使用了模型 %2，但 &quot;models&quot; 中未定义该模型</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="238"/>
        <source>a step must be an object, not %1</source>
        <translation>步骤必须是对象，而不是%1</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="242"/>
        <source>a step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="247"/>
        <location filename="../core/formats/pipelineloader.cpp" line="321"/>
        <location filename="../core/formats/pipelineloader.cpp" line="428"/>
        <source>step %1</source>
        <translation>步骤 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="254"/>
        <source>%1: unknown kind %2 (expected llm, retrieve, transform or command)</source>
        <translation>%1：未知的类型 %2（应为 llm、retrieve、transform 或 command）</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="268"/>
        <source>%1: &quot;parse&quot; must be &quot;text&quot; or &quot;json&quot;</source>
        <translation>%1：&quot;parse&quot; 必须是 &quot;text&quot; 或 &quot;json&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="288"/>
        <source>%1: corpus</source>
        <translation>%1：语料库</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="300"/>
        <source>%1 needs the field &quot;argv&quot;</source>
        <translation>%1 需要字段 &quot;argv&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="303"/>
        <source>%1: &quot;argv&quot; must name a program</source>
        <translation>%1：&quot;argv&quot; 必须指定一个程序</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="323"/>
        <source>%1: &quot;checks&quot; must be a list, not %2</source>
        <translation>%1：&quot;checks&quot; 必须是列表，而不是%2</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="328"/>
        <source>%1, check %2</source>
        <translation>%1，第 %2 项检查</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="349"/>
        <source>%1: invalid regular expression: %2</source>
        <translation>%1：无效的正则表达式：%2</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="354"/>
        <source>%1 needs the field &quot;value&quot;</source>
        <translation>%1 需要字段 &quot;value&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="340"/>
        <source>%1: unknown check type %2 (expected json_valid, regex, max_chars, min_chars, contains or not_empty)</source>
        <translation>%1：未知的检查类型 %2（应为 json_valid、regex、max_chars、min_chars、contains 或 not_empty）</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="368"/>
        <source>&quot;metrics&quot; must be a list, not %1</source>
        <translation>&quot;metrics&quot; 必须是列表，而不是%1</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="375"/>
        <location filename="../core/formats/pipelineloader.cpp" line="389"/>
        <source>metric %1</source>
        <translation>指标 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="385"/>
        <source>%1: unknown metric type %2 (expected %3)</source>
        <translation>%1：未知的指标类型 %2（应为 %3）</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="398"/>
        <source>%1: invalid regular expression</source>
        <translation>%1：无效的正则表达式</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="435"/>
        <source>%1, field &quot;%2&quot;, offset %3: %4</source>
        <translation>%1，字段 &quot;%2&quot;，偏移 %3：%4</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="448"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="462"/>
        <source>%1 refers to {{%2}}, but no step is called %3</source>
        <translation>%1 引用了 {{%2}}，但没有名为 %3 的步骤</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="469"/>
        <source>%1 refers to {{%2}}, but step %3 does not parse JSON (add &quot;parse&quot;: &quot;json&quot; to it, or refer to {{%4}})</source>
        <translation>%1 引用了 {{%2}}，但步骤 %3 不解析 JSON（请为其添加 &quot;parse&quot;: &quot;json&quot;，或改为引用 {{%4}}）</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="486"/>
        <source>cycle between steps: %1</source>
        <translation>步骤之间存在循环：%1</translation>
    </message>
    <message>
        <location filename="../core/formats/pipelineloader.cpp" line="492"/>
        <source>step %1 refers to {{%2}}, a later step; steps may only read steps defined before them</source>
        <translation>步骤 %1 引用了后面的步骤 {{%2}}；步骤只能读取在它之前定义的步骤</translation>
    </message>
    <message>
        <location filename="../core/formats/templatetext.cpp" line="29"/>
        <source>&quot;%1&quot; is not a reference (expected input.FIELD, STEP or STEP.FIELD)</source>
        <translation>&quot;%1&quot; 不是引用（应为 input.FIELD、STEP 或 STEP.FIELD）</translation>
    </message>
    <message>
        <location filename="../core/formats/templatetext.cpp" line="39"/>
        <source>&quot;input&quot; needs a field: write {{input.FIELD}}</source>
        <translation>&quot;input&quot; 需要一个字段：请写成 {{input.FIELD}}</translation>
    </message>
    <message>
        <location filename="../core/formats/templatetext.cpp" line="55"/>
        <source>&quot;{{&quot; is not closed by &quot;}}&quot;</source>
        <translation>&quot;{{&quot; 没有用 &quot;}}&quot; 闭合</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="16"/>
        <source>an app pipeline has no %1: its program is the pipeline (remove %1, or remove &quot;app&quot;)</source>
        <translation>应用流水线没有 %1：其程序就是流水线（删除 %1，或删除 &quot;app&quot;）</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="42"/>
        <source>&quot;app&quot;</source>
        <translation>&quot;app&quot;</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="44"/>
        <source>&quot;app&quot; must be an object, not %1</source>
        <translation>&quot;app&quot; 必须是对象，而不是%1</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="54"/>
        <source>&quot;app&quot; needs a &quot;command&quot;: the program to run, as a list of arguments</source>
        <translation>&quot;app&quot; 需要 &quot;command&quot;：要运行的程序，以参数列表形式给出</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="59"/>
        <source>&quot;app&quot;.&quot;command&quot; is empty: name the program to run, then its arguments</source>
        <translation>&quot;app&quot;.&quot;command&quot; 为空：请写出要运行的程序及其参数</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="71"/>
        <source>&quot;app&quot;.&quot;parse&quot; must be &quot;text&quot; or &quot;json&quot;, not %1</source>
        <translation>&quot;app&quot;.&quot;parse&quot; 必须是 &quot;text&quot; 或 &quot;json&quot;，而不是 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="76"/>
        <source>&quot;app&quot; answers its calls with model %1, which &quot;models&quot; does not define</source>
        <translation>&quot;app&quot; 使用模型 %1 应答其调用，但 &quot;models&quot; 中没有定义它</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="88"/>
        <source>an app pipeline needs &quot;prompts&quot;: each prompt the program reads, by name, with its file</source>
        <translation>应用流水线需要 &quot;prompts&quot;：程序按名称读取的每个提示词及其文件</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="94"/>
        <source>&quot;prompts&quot; must be an object of name: {&quot;file&quot;: PATH}, with at least one</source>
        <translation>&quot;prompts&quot; 必须是 名称: {&quot;file&quot;: 路径} 形式的对象，且至少包含一项</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="102"/>
        <source>prompt %1</source>
        <translation>提示词 %1</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="105"/>
        <source>prompt name %1 must match [a-z][a-z0-9_]* (lower case letter first)</source>
        <translation>提示词名称 %1 必须匹配 [a-z][a-z0-9_]*（以小写字母开头）</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="110"/>
        <source>&quot;input&quot; is reserved for dataset inputs; rename the prompt</source>
        <translation>&quot;input&quot; 保留给数据集输入；请重命名该提示词</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="116"/>
        <source>%1 must be an object like {&quot;file&quot;: &quot;prompts/%2.txt&quot;}, not %3</source>
        <translation>%1 必须是类似 {&quot;file&quot;: &quot;prompts/%2.txt&quot;} 的对象，而不是%3</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="139"/>
        <source>%1: cannot read %2: %3</source>
        <translation>%1：无法读取 %2：%3</translation>
    </message>
    <message>
        <location filename="../core/formats/appsection.cpp" line="144"/>
        <source>%1: %2 is empty</source>
        <translation>%1：%2 为空</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/studio/main.cpp" line="29"/>
        <source>Finds where LLM pipeline failures start.</source>
        <translation>找出 LLM 流水线失败的根源。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="32"/>
        <source>A pipeline (.json) or workspace (.fapo).</source>
        <translation>流水线（.json）或工作区（.fapo）。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="33"/>
        <source>Render the window to FILE.png and exit.</source>
        <translation>将窗口渲染为 FILE.png 后退出。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="36"/>
        <source>graph, inspector, review, charts, matrix or compare (with --screenshot).</source>
        <translation>graph、inspector、review、charts、matrix 或 compare（与 --screenshot 一起使用）。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="39"/>
        <source>The example to select (with --screenshot; default: the first failing one).</source>
        <translation>要选择的样例（与 --screenshot 一起使用；默认：第一个失败的样例）。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="43"/>
        <source>The step to inspect (with --screenshot; default: where the example&apos;s failure starts).</source>
        <translation>要查看的步骤（与 --screenshot 一起使用；默认：样例失败开始的步骤）。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="46"/>
        <source>The inspector&apos;s tab: prompt, template, output, parsed, checks, passages or evidence (with --screenshot).</source>
        <translation>检查器的标签页：prompt、template、output、parsed、checks、passages 或 evidence（与 --screenshot 一起使用）。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="51"/>
        <source>The proposal to show in the review view (with --screenshot).</source>
        <translation>审阅视图中显示的提议（配合 --screenshot）。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="53"/>
        <source>Use a dark palette (the system&apos;s is used otherwise).</source>
        <translation>使用深色调色板（否则使用系统调色板）。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="54"/>
        <source>trace, debug, info, warn, error or off.</source>
        <translation>trace、debug、info、warn、error 或 off。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="57"/>
        <source>Listen for OpenTelemetry traces on 127.0.0.1:PORT from the start (0: any free port), into the file&apos;s workspace, else live-traces.fapo in the documents folder.</source>
        <translation>启动时即在 127.0.0.1:PORT 上监听 OpenTelemetry 追踪（0：任意空闲端口），存入该文件的工作区，否则存入文档文件夹中的 live-traces.fapo。</translation>
    </message>
    <message>
        <location filename="../app/studio/main.cpp" line="68"/>
        <source>--listen: &quot;%1&quot; is not a port (0 to 65535)</source>
        <translation>--listen：“%1”不是端口（0 到 65535）</translation>
    </message>
</context>
</TS>
