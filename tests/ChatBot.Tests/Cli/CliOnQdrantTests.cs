using System.Text.Json;
using ChatBot.Core.Tests.Index.Qdrant.Fake;
using ChatBot.Tests.Support;

namespace ChatBot.Tests.Cli;

/// <summary>The CLI with <c>ChatBot:Index:Provider = Qdrant</c>, against the loopback gRPC Qdrant.</summary>
public class CliOnQdrantTests
{
    private static Dictionary<string, string> OnQdrant(string url) => new()
    {
        ["ChatBot__Index__Provider"] = "Qdrant",
        ["ChatBot__Index__Qdrant__Url"] = url,
        ["ChatBot__Index__Qdrant__Collection"] = "cli_" + Guid.NewGuid().ToString("N"),
    };

    [Fact]
    public async Task Index_sources_and_ask_work_on_Qdrant_as_on_SQLite()
    {
        await using var qdrant = await FakeQdrantServer.StartAsync();
        using var workspace = new SeedsWorkspace();
        var environment = OnQdrant(qdrant.Url);
        const string question = "How many Meta engineers were reassigned to produce AI training data?";

        var index = await CliRunner.RunAsync(workspace.Path, environment, "index");
        var sources = await CliRunner.RunAsync(workspace.Path, environment, "sources");
        var onQdrant = await CliRunner.RunAsync(workspace.Path, environment, "ask", "--json", "--no-refresh", question);
        var onSqlite = await CliRunner.RunAsync(workspace.Path, null, "ask", "--json", question);

        Assert.True(index.ExitCode == 0, index.Output + index.Error);
        Assert.Contains("5 added", index.Output);
        Assert.Contains("HyperAI", sources.Output);
        Assert.Contains("5 stories.", sources.Output);
        Assert.Equal(Shape(onSqlite.Output), Shape(onQdrant.Output));
        Assert.Contains(qdrant.Requests, r => r.Method == "qdrant.Points/Query");
    }

    [Fact]
    public async Task An_unreachable_Qdrant_gives_a_clear_message_and_exit_code_3()
    {
        using var workspace = new SeedsWorkspace();
        var closedPort = System.Net.Sockets.TcpListener.Create(0);
        closedPort.Start();
        var url = $"http://127.0.0.1:{((System.Net.IPEndPoint)closedPort.LocalEndpoint).Port}";
        closedPort.Stop();

        var result = await CliRunner.RunAsync(workspace.Path, OnQdrant(url), "ask", "anything about engineers");

        Assert.Equal(3, result.ExitCode);
        Assert.Contains("The index is unavailable, try again shortly.", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    /// <summary>What the answer says and cites, without timings.</summary>
    private static string Shape(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var citations = root.GetProperty("citations").EnumerateArray().Select(c => $"{c.GetProperty("source_id")}:{c.GetProperty("start")}-{c.GetProperty("end")}");
        var claims = root.GetProperty("disagreements").EnumerateArray().SelectMany(d => d.GetProperty("claims").EnumerateArray()).Select(c => $"{c.GetProperty("source_id")}={c.GetProperty("value")}");
        return $"{root.GetProperty("answered")}|{root.GetProperty("text")}|{string.Join(",", citations)}|{string.Join(",", claims)}";
    }
}
