using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChatBot.Configuration;
using ChatBot.Discord.Feedback;
using ChatBot.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Commands;

/// <summary>
/// <c>feedback export --out FILE</c>: the answers Discord readers marked wrong, as a question set that
/// <c>eval --gold</c> reads, with empty facts for a person to fill in.
/// </summary>
internal static class FeedbackCommand
{
    private static readonly JsonSerializerOptions SetJson = new()
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var database = CommonOptions.Database();
        var output = new Option<string>("--out") { Description = "Write the question set here (JSON).", Required = true };
        var corpus = new Option<string>("--corpus")
        {
            Description = "The set's corpus: \"seeds\" or a folder relative to the output file (default: seeds).",
            DefaultValueFactory = _ => "seeds",
        };
        var export = new Command("export", "Write the answers marked wrong as an eval question set.") { database, output, corpus };
        export.SetAction((parse, cancellationToken) => CommandErrors.GuardAsync(async () =>
        {
            using var host = ChatBotHost.CreateBuilder(CommonOptions.Overrides(parse, database)).Build();
            var path = host.Services.GetRequiredService<IOptions<IndexOptions>>().Value.SqlitePath;
            var complaints = await new SqliteFeedbackStore(path).ComplaintsAsync(cancellationToken);
            var set = FeedbackQuestionSet.From(complaints, parse.GetValue(corpus)!);
            var outPath = parse.GetValue(output)!;
            await File.WriteAllTextAsync(outPath, JsonSerializer.Serialize(set, SetJson) + "\n", cancellationToken);
            Console.Out.WriteLine($"Wrote {complaints.Count} questions marked wrong to {outPath}");
            return 0;
        }));
        return new Command("feedback", "Work with the feedback readers gave the bot's Discord answers.") { export };
    }
}
