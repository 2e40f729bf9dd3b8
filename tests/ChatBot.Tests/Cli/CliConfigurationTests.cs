using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

/// <summary>Bad configuration stops every verb before it does anything: exit 4, one sentence naming the key.</summary>
public class CliConfigurationTests
{
    [Theory]
    [InlineData("ChatBot__Answering__MaxCitations", "four", "ask", "ChatBot:Answering:MaxCitations is 'four', which is not a whole number.")]
    [InlineData("ChatBot__Answering__MaxCitations", "-1", "index", "ChatBot:Answering:MaxCitations must be between 1 and 10.")]
    [InlineData("ChatBot__Answering__MinimumCoverage", "half", "sources", "ChatBot:Answering:MinimumCoverage is 'half', which is not a number")]
    [InlineData("ChatBot__Ingestion__Latin1Fallback", "maybe", "index", "ChatBot:Ingestion:Latin1Fallback is 'maybe', which is not true or false.")]
    [InlineData("ChatBot__Ingestion__ReadTimeout", "00:00:00", "index", "ChatBot:Ingestion:ReadTimeout must be between 00:00:01 and 00:10:00.")]
    [InlineData("ChatBot__Llm__Timeout", "soon", "sources", "ChatBot:Llm:Timeout is 'soon', which is not a duration such as 00:15:00")]
    [InlineData("ChatBot__Worker__HealthPort", "abc", "reindex", "ChatBot:Worker:HealthPort is 'abc', which is not a whole number.")]
    [InlineData("ChatBot__Worker__HealthPort", "70000", "ask", "ChatBot:Worker:HealthPort must be between 0 and 65535.")]
    [InlineData("ChatBot__Web__MaxRedirects", "many", "index", "ChatBot:Web:MaxRedirects is 'many', which is not a whole number.")]
    [InlineData("ChatBot__Discord__MaxQuestionLength", "long", "ask", "ChatBot:Discord:MaxQuestionLength is 'long', which is not a whole number.")]
    [InlineData("ChatBot__Index__Qdrant__RequestTimeout", "forever", "index", "ChatBot:Index:Qdrant:RequestTimeout is 'forever', which is not a duration")]
    public async Task A_bad_setting_stops_any_verb_with_exit_4_and_one_sentence_naming_the_key(string variable, string value, string verb, string sentence)
    {
        using var workspace = new SeedsWorkspace();
        string[] args = verb == "ask" ? ["ask", "How many engineers were reassigned?"] : [verb];

        var result = await CliRunner.RunAsync(workspace.Path, new Dictionary<string, string> { [variable] = value }, args);

        Assert.Equal(4, result.ExitCode);
        Assert.Contains(sentence, Assert.Single(result.ErrorLines));
        Assert.False(Directory.Exists(Path.Combine(workspace.Path, "data")), "nothing may run on a bad configuration");
    }

    [Fact]
    public async Task A_source_that_fails_to_bind_is_an_error_not_replaced_by_the_seeds()
    {
        using var workspace = new SeedsWorkspace();
        File.WriteAllText(Path.Combine(workspace.Path, "appsettings.json"), """
            { "ChatBot": { "Sources": [ { "Name": "wire", "Type": "Folder", "Path": "seeds", "Interval": "soon" } ] } }
            """);

        var result = await CliRunner.RunAsync(workspace.Path, null, "index");

        Assert.Equal(4, result.ExitCode);
        Assert.Equal(["Configuration error: ChatBot:Sources:0:Interval is 'soon', which is not a duration such as 00:15:00 (hh:mm:ss)."], result.ErrorLines);
        Assert.DoesNotContain("added", result.Output);
        Assert.False(Directory.Exists(Path.Combine(workspace.Path, "data")), "the default seeds source must not be indexed instead");
    }

    [Fact]
    public async Task Malformed_appsettings_json_names_the_file_line_and_position()
    {
        using var workspace = new SeedsWorkspace();
        var file = Path.Combine(workspace.Path, "appsettings.json");
        File.WriteAllText(file, "{\n  \"ChatBot\": {\n    \"Answering\": { \"MaxCitations\": 3, }\n    \"Index\": {}\n  }\n}\n");

        var result = await CliRunner.RunAsync(workspace.Path, null, "sources");

        Assert.Equal(4, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"Configuration error: {file} is not valid JSON at line 4, position 5:", line);
    }
}
