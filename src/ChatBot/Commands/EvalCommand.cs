using System.CommandLine;
using System.Globalization;
using ChatBot.Core.Answering;
using ChatBot.Core.Evaluation;
using ChatBot.Core.Ingestion;
using ChatBot.Hosting;
using ChatBot.Rendering;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Commands;

/// <summary>
/// <c>eval --gold FILE [--out FILE]</c>: indexes the set's corpus into an index of its own, answers every question
/// through the bot's pipeline, prints every metric and writes every structured answer.
/// </summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "The question set (see ../shared/eval/README.md).", Required = true };
        var output = new Option<string?>("--out") { Description = "Write the report with every structured answer here (JSON)." };
        var command = new Command("eval", "Score the answer pipeline on a question set.") { gold, output };
        command.SetAction((parse, cancellationToken) => CommandErrors.GuardAsync(async () =>
        {
            var goldPath = Path.GetFullPath(parse.GetValue(gold)!);
            var set = GoldSet.Load(goldPath);
            var corpus = set.Corpus == "seeds" ? Path.GetFullPath("seeds") : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(goldPath)!, set.Corpus));
            using var host = ChatBotHost.CreateBuilder().BuildValidated();
            await using var isolated = IsolatedIndex.Create(host.Services, set.Name);
            var factory = host.Services.GetRequiredService<AnswerPipelineFactory>();
            var evaluator = new Evaluator(isolated.Index, factory.CreateIndexer(isolated.Index), factory.CreateAnswerService(isolated.Index));
            var source = new FolderStorySource(set.Corpus, corpus, host.Services.GetRequiredService<IOptions<IngestionOptions>>().Value);
            var report = await evaluator.RunAsync(set, source, factory.Mode, cancellationToken);
            Print(report);
            if (parse.GetValue(output) is { } outPath)
            {
                await File.WriteAllTextAsync(outPath, AnswerJson.Serialize(report) + "\n", cancellationToken);
                Console.Out.WriteLine($"Wrote {outPath}");
            }

            return 0;
        }));
        return command;
    }

    private static void Print(EvalReport report)
    {
        static string F(double? value) => value is null ? "n/a" : value.Value.ToString("0.00", CultureInfo.InvariantCulture);
        var m = report.Metrics;
        Console.Out.WriteLine($"eval {report.Name} ({report.Questions.Count} questions, {report.Mode})");
        // In LLM mode an answer the model failed on falls back to extractive: say how many, so extractive scores
        // never pass as the model's.
        var llm = report.Questions.Count(q => q.Answer.Mode == AnswerModes.Llm);
        Console.Out.WriteLine($"answers {llm} llm, {report.Questions.Count - llm} extractive");
        foreach (var q in report.Questions)
        {
            var s = q.Scores;
            Console.Out.WriteLine($"  {q.Id,-24} answered={q.Answer.Answered,-5} facts={F(s.FactRecall)} cite={F(s.CitationRecall)} precision={F(s.CitationPrecision)} quotes={F(s.QuoteFidelity)} disagreements={q.Answer.Disagreements.Count} {s.LatencyMs:0} ms");
        }

        var b = report.Baseline;
        Console.Out.WriteLine($"{"metric",-26} {"chatbot",8} {"baseline",9} {"margin",7}");
        void Row(string name, double? value, double? baseline) =>
            Console.Out.WriteLine($"{name,-26} {F(value),8} {F(baseline),9} {(value is null || baseline is null ? "" : (value.Value - baseline.Value).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture)),7}");
        Row("fact_recall", m.FactRecall, b?.FactRecall);
        Row("citation_recall", m.CitationRecall, b?.CitationRecall);
        Row("citation_precision", m.CitationPrecision, b?.CitationPrecision);
        Row("quote_fidelity", m.QuoteFidelity, b?.QuoteFidelity);
        Row("disagreement_recall", m.DisagreementRecall, b?.DisagreementRecall);
        Row("disagreement_false_alarm", m.DisagreementFalseAlarm, b?.DisagreementFalseAlarm);
        Row("refusal_accuracy", m.RefusalAccuracy, b?.RefusalAccuracy);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"latency_ms p50 {m.LatencyP50Ms:0.0} p95 {m.LatencyP95Ms:0.0} (baseline p50 {b?.LatencyP50Ms:0.0} p95 {b?.LatencyP95Ms:0.0})"));
    }
}
