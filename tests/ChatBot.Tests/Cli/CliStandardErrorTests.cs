using System.Net;
using System.Net.Sockets;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

/// <summary>What a user reads on the terminal when a service is down: one line per problem, no stack trace.</summary>
public class CliStandardErrorTests
{
    private const string Question = "How many Meta engineers were reassigned to produce AI training data?";

    [Fact]
    public async Task An_unreachable_model_endpoint_gives_the_extractive_answer_and_one_line_on_stderr()
    {
        using var workspace = new SeedsWorkspace();
        var environment = new Dictionary<string, string>
        {
            ["ChatBot__Llm__Endpoint"] = $"http://127.0.0.1:{ClosedPort()}/v1",
            ["ChatBot__Llm__ChatModel"] = "gpt-4o-mini",
        };

        var result = await CliRunner.RunAsync(workspace.Path, environment, "ask", Question);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("roughly 6,500", result.Output);
        Assert.Contains("language model was unavailable", result.Output);
        var line = Assert.Single(result.ErrorLines);
        Assert.Contains("unavailable", line);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task At_debug_level_the_stack_traces_are_shown()
    {
        using var workspace = new SeedsWorkspace();
        var environment = new Dictionary<string, string>
        {
            ["ChatBot__Llm__Endpoint"] = $"http://127.0.0.1:{ClosedPort()}/v1",
            ["ChatBot__Llm__ChatModel"] = "gpt-4o-mini",
            ["Logging__LogLevel__Default"] = "Debug",
        };

        var result = await CliRunner.RunAsync(workspace.Path, environment, "ask", Question);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("   at ", result.Error);
    }

    [Theory]
    [InlineData("index")]
    [InlineData("sources")]
    [InlineData("ask")]
    [InlineData("summarize")]
    public async Task An_unreachable_Qdrant_is_exit_3_and_one_line_for_every_verb(string verb)
    {
        using var workspace = new SeedsWorkspace();
        var environment = new Dictionary<string, string>
        {
            ["ChatBot__Index__Provider"] = "Qdrant",
            ["ChatBot__Index__Qdrant__Url"] = $"http://127.0.0.1:{ClosedPort()}",
        };
        string[] args = verb == "ask" ? ["ask", Question] : [verb];

        var result = await CliRunner.RunAsync(workspace.Path, environment, args);

        Assert.Equal(3, result.ExitCode);
        Assert.StartsWith("The index is unavailable, try again shortly.", Assert.Single(result.ErrorLines));
    }

    [Fact]
    public async Task Sources_into_a_pipe_prints_plain_lines_with_whole_ids()
    {
        using var workspace = new SeedsWorkspace();
        Assert.Equal(0, (await CliRunner.RunAsync(workspace.Path, null, "index")).ExitCode);

        var result = await CliRunner.RunAsync(workspace.Path, null, "sources");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Output);
        var lines = result.Output.Split('\n');
        foreach (var id in Directory.GetFiles(workspace.SeedsPath).Select(Path.GetFileName))
        {
            Assert.Single(lines, l => l.EndsWith("\t" + id, StringComparison.Ordinal));
        }

        Assert.Contains(lines, l => l.StartsWith("seeds (Folder, every 00:15:00)\tseeds\t", StringComparison.Ordinal));
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
