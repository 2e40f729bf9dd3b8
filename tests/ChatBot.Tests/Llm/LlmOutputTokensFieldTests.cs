using ChatBot.Core.Answering;
using ChatBot.Hosting;
using ChatBot.Llm;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ChatBot.Tests.Llm;

/// <summary>ChatBot:Llm:OutputTokensField: which field carries the reply limit on the wire.</summary>
public sealed class LlmOutputTokensFieldTests
{
    private const string Question = "What did Andrew Bosworth say about opting out of the monitoring?";

    [Theory]
    [InlineData(null, "max_completion_tokens", "max_tokens")]
    [InlineData("max_completion_tokens", "max_completion_tokens", "max_tokens")]
    [InlineData("max_tokens", "max_tokens", "max_completion_tokens")]
    public async Task The_reply_limit_goes_out_in_the_configured_field_only(string? setting, string sent, string absent)
    {
        await using var server = await FakeOpenAiServer.StartAsync();
        server.Chat = (request, _) => SeedModel.Reply(request);
        await using var host = await LlmTestHost.StartAsync(server.Endpoint, new Dictionary<string, string?>
        {
            ["ChatBot:Llm:OutputTokensField"] = setting,
            ["ChatBot:Llm:MaxOutputTokens"] = "640",
        });

        var answer = await host.Answers.AskAsync(Question);

        Assert.Equal(AnswerModes.Llm, answer.Mode);
        Assert.NotEmpty(server.ChatRequests);
        Assert.All(server.ChatRequests, r =>
        {
            Assert.Equal(640, r.Body[sent]!.GetValue<int>());
            Assert.False(r.Body.ContainsKey(absent), $"{absent} was sent too");
        });
    }

    [Fact]
    public void An_unknown_field_stops_the_host_with_a_sentence_naming_the_key()
    {
        using var host = ChatBotHost.CreateBuilder(new Dictionary<string, string?> { ["ChatBot:Llm:OutputTokensField"] = "num_predict" }).Build();

        var error = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains("ChatBot:Llm:OutputTokensField must be max_completion_tokens or max_tokens.", string.Join(" ", error.Failures), StringComparison.Ordinal);
    }
}
