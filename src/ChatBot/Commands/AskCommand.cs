using System.CommandLine;
using ChatBot.Core.Answering;
using ChatBot.Core.Index;
using ChatBot.Hosting;
using ChatBot.Rendering;
using Microsoft.Extensions.DependencyInjection;

namespace ChatBot.Commands;

/// <summary><c>ask "question" [--json]</c>: answers from the stories, indexing the sources first when they changed.</summary>
internal static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question to answer." };
        var json = new Option<bool>("--json") { Description = "Print the structured answer as JSON (see README)." };
        var noRefresh = CommonOptions.NoRefresh();
        var explain = new Option<bool>("--explain") { Description = "Also print the question's term weights and the best evidence sentences to standard error." };
        var database = CommonOptions.Database();
        var source = CommonOptions.SourceFolder();
        var command = new Command("ask", "Answer a question with verified quotes from the stories.") { question, json, noRefresh, explain, database, source };
        command.SetAction((parse, cancellationToken) => CommandErrors.GuardAsync(async () =>
        {
            var text = QuestionArgument.Require(parse.GetValue(question));
            var folder = CommonOptions.Folder(parse, source);
            var refresh = !parse.GetValue(noRefresh);
            var access = refresh ? IndexAccess.ReadWrite : IndexAccess.ReadOnly;
            using var host = ChatBotHost.CreateBuilder(CommonOptions.Overrides(parse, database), indexAccess: access).BuildValidated();
            // Creates an empty index when there is none, so --no-refresh on a fresh clone answers "the stories do not say".
            await host.Services.GetRequiredService<IStoryIndex>().InitializeAsync(cancellationToken);
            if (refresh)
            {
                var summary = await IndexRefresh.BeforeAnswerAsync(host.Services, folder, cancellationToken);
                if (summary.HasFailures) Console.Error.WriteLine($"Note: {summary.Failures.Count} stories could not be indexed; run 'index' for the reasons.");
            }

            if (parse.GetValue(explain)) await ExplainAsync(host.Services, text, cancellationToken);
            var answers = host.Services.GetRequiredService<IAnswerService>();
            var answer = await answers.AskAsync(text, cancellationToken: cancellationToken);
            Console.Out.Write(parse.GetValue(json) ? AnswerJson.Serialize(answer) + "\n" : TerminalAnswerRenderer.Render(answer));
            return 0;
        }));
        return command;
    }

    private static async Task ExplainAsync(IServiceProvider services, string question, CancellationToken cancellationToken)
    {
        if (services.GetRequiredService<IAnswerService>() is not AnswerService pipeline) return;
        var (profile, evidence) = await pipeline.ExplainAsync(question, cancellationToken);
        Console.Error.WriteLine("terms: " + string.Join(", ", profile.TermWeights.Select(p => $"{p.Key}={p.Value:0.00}")) + $" quantity={profile.AsksForQuantity}");
        foreach (var sentence in evidence.Take(12))
        {
            // Own and passage coverage are what the refusal rule reads; the candidates are what the short answer votes on.
            var candidates = string.Join(" | ", sentence.Candidates.Select(c => c.Text));
            Console.Error.WriteLine($"  {sentence.Coverage:0.00} own {sentence.OwnCoverage:0.00} passage {sentence.PassageCoverage:0.00} score {sentence.Score:0.00} {sentence.StoryId}@{sentence.Span.Start} {Truncate(sentence.Text)} [{candidates}]");
        }
    }

    private static string Truncate(string text) => text.Length <= 110 ? text : text[..110] + "…";
}
