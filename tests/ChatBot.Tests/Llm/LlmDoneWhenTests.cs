using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ChatBot.Core.Answering;
using ChatBot.Core.Evaluation;
using ChatBot.Core.Ingestion;
using ChatBot.Hosting;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Llm;

/// <summary>
/// Issue 4's "done when", as a user would check it: the real executable and the real eval, pointed at a loopback
/// endpoint that fabricates one of every three quotes, or at an endpoint that is not there.
/// </summary>
public sealed partial class LlmDoneWhenTests
{
    private const string Question = "What did Andrew Bosworth say about opting out of the monitoring?";

    [Fact]
    public async Task Ask_with_an_endpoint_that_fabricates_one_of_three_quotes_shows_the_two_true_quotes_only()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        var fabricated = new List<string>();
        server.Chat = (request, _) =>
        {
            if (!SeedModel.IsDisagreementPrompt(request))
            {
                var passages = SeedModel.Passages(request.User).Select(SeedModel.FirstSentence).OfType<SeedSentence>().Take(3).ToList();
                lock (fabricated) fabricated.Add(SeedModel.Fabricate(passages[1].Text));
            }

            return SeedModel.Reply(request, fabricate: 1);
        };
        using var workspace = new SeedsWorkspace();

        var result = await CliRunner.RunAsync(workspace.Path, Environment(server.Endpoint), "ask", Question);

        Assert.True(result.ExitCode == 0, result.Error);
        var quotes = QuoteLine().Matches(result.Output).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, quotes.Count);
        foreach (var quote in quotes)
        {
            Assert.Contains(Directory.GetFiles(workspace.SeedsPath), f => QuoteVerifier.IsVerbatim(File.ReadAllText(f), quote));
        }

        Assert.DoesNotContain(Assert.Single(fabricated), result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("reportedly", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain(LlmTestHost.ApiKey, result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_with_the_endpoint_stopped_answers_extractively_and_says_the_model_was_unavailable()
    {
        using var workspace = new SeedsWorkspace();
        var environment = Environment($"http://127.0.0.1:{UnusedPort()}/v1");
        environment["ChatBot__Llm__Timeout"] = "00:00:03";

        var started = DateTime.UtcNow;
        var result = await CliRunner.RunAsync(workspace.Path, environment, "ask", Question);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.StartsWith("Note: The language model was unavailable; this answer is extractive.", result.Output, StringComparison.Ordinal);
        Assert.Contains("Sources:", result.Output, StringComparison.Ordinal);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(30));
    }

    [SharedFact("eval", "seeds-gold.json")]
    public async Task Eval_with_the_fabricating_endpoint_keeps_quote_fidelity_at_one()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, _) => SeedModel.Reply(request, fabricate: 1);
        await using var host = await LlmTestHost.StartAsync(server.Endpoint, index: false);
        var set = GoldSet.Load(RepositoryPaths.SeedsGold);
        await using var isolated = IsolatedIndex.Create(host.Services, set.Name);
        var factory = host.Factory;
        var evaluator = new Evaluator(isolated.Index, factory.CreateIndexer(isolated.Index), factory.CreateAnswerService(isolated.Index));

        var report = await evaluator.RunAsync(set, new FolderStorySource(set.Corpus, RepositoryPaths.Seeds, new IngestionOptions()), factory.Mode);

        Assert.Equal(AnswerModes.Llm, report.Mode);
        Assert.Equal(1.0, report.Metrics.QuoteFidelity);
        Assert.Contains(report.Questions, q => q.Answer.Mode == AnswerModes.Llm && q.Answer.QuotesProposed > q.Answer.QuotesVerified);
        Assert.All(report.Questions.Where(q => q.Kind == "unanswerable"), q => Assert.False(q.Answer.Answered));
    }

    [SharedFact("eval", "seeds-gold.json")]
    public async Task The_eval_command_reports_llm_mode_and_quote_fidelity_one_against_the_fabricating_endpoint()
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, _) => SeedModel.Reply(request, fabricate: 1);
        using var workspace = new SeedsWorkspace();

        var result = await CliRunner.RunAsync(workspace.Path, Environment(server.Endpoint), "eval", "--gold", RepositoryPaths.SeedsGold);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("questions, llm)", result.Output, StringComparison.Ordinal);
        var counts = AnswerCounts().Match(result.Output);
        Assert.True(counts.Success, result.Output);
        Assert.True(int.Parse(counts.Groups[1].Value, CultureInfo.InvariantCulture) > 0);
        var fidelity = double.Parse(FidelityLine().Match(result.Output).Groups[1].Value, CultureInfo.InvariantCulture);
        Assert.Equal(1.0, fidelity);
        foreach (var metric in new[] { "fact_recall", "citation_recall", "citation_precision", "disagreement_recall", "disagreement_false_alarm", "refusal_accuracy", "latency_ms" })
        {
            Assert.Contains(metric + " ", result.Output, StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string> Environment(string endpoint) => new()
    {
        ["ChatBot__Llm__Endpoint"] = endpoint,
        ["ChatBot__Llm__ChatModel"] = LlmTestHost.ChatModel,
        ["ChatBot__Llm__ApiKey"] = LlmTestHost.ApiKey,
    };

    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The quote line of a source in the terminal rendering: "      "quote" (source, chars a-b)".</summary>
    [GeneratedRegex(@"^      ""(.*)"" \([^()]*, chars \d+-\d+\)$", RegexOptions.Multiline)]
    private static partial Regex QuoteLine();

    [GeneratedRegex(@"^answers (\d+) llm, (\d+) extractive$", RegexOptions.Multiline)]
    private static partial Regex AnswerCounts();

    [GeneratedRegex(@"^quote_fidelity\s+(\S+)", RegexOptions.Multiline)]
    private static partial Regex FidelityLine();
}
